import { relationCases, type RelationCase } from "./testing.js";

const FORM = { form: "приглашение на заседание" };
const cases: RelationCase[] = [
  {
    name: "the court whose plenary session it is invites each body listed (in a quoted rule)",
    text: "Так, пункт 3 Регламента устанавливает, что «при принятии нормативных постановлений на пленарное заседание Верховного Суда приглашаются Председатель Конституционного Совета, Генеральный Прокурор, Министр юстиции и другие лица».",
    edges: ["INTERACTS_WITH body:пленарное_заседание_верховного_суда -> body:генеральный_прокурор"],
    props: { "INTERACTS_WITH body:пленарное_заседание_верховного_суда -> body:генеральный_прокурор": FORM },
  },
  {
    name: "the invited first, the host after «на заседания»",
    text: "Генеральный Прокурор приглашается на заседания Сената при рассмотрении вопросов о законности.",
    edges: ["INTERACTS_WITH body:сенат -> body:генеральный_прокурор"],
  },
  {
    name: "a prosecutor's office is no host; no invitation without a verb of inviting",
    text: "Прокуратура области приглашает представителей суда на совещание. Генеральный Прокурор участвует в пленарном заседании Верховного Суда.",
    edges: [],
    absent: ["INTERACTS_WITH body:прокуратура_области -> body:суд", "INTERACTS_WITH body:пленарное_заседание_верховного_суда -> body:генеральный_прокурор"],
  },
];

relationCases("relate: invitations to a body's sitting («на пленарное заседание приглашаются …»)", cases);
