import type { Metadata } from "next";
import { Header } from "../components/Header";
import { I18nProvider } from "../components/I18nProvider";
import "./globals.css";

export const metadata: Metadata = {
  title: "Правовой граф: суд и прокуратура",
  description: "Граф знаний о взаимодействии суда и прокуратуры Республики Казахстан, с цитатами из источников.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ru">
      <body>
        <I18nProvider>
          <Header />
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}
