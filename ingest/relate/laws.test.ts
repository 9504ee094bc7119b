// Fixture-driven tests on phrasings of Kazakh laws and constitutional laws (the Constitutional Laws «О прокуратуре»
// and «О судебной системе и статусе судей», the Law «О прокуратуре» of 2017): a passage → the edges a lawyer reads
// in it, and those one must not read. `act`: the passage is the text of the act «О прокуратуре», with its structure.
import { relationCases, type RelationCase } from "./testing.js";

const cases: RelationCase[] = [
  {
    name: "«прокуроры областей и приравненные к ним прокуроры» are one level, not a generic prosecutor",
    text: "Прокуроры областей и приравненные к ним прокуроры подчиняются Генеральному Прокурору Республики Казахстан. Прокуроры районов и приравненные к ним прокуроры подчиняются прокурорам областей и приравненным к ним прокурорам.",
    edges: ["SUBORDINATE_TO body:прокурор_области -> body:генеральный_прокурор", "SUBORDINATE_TO body:прокурор_района -> body:прокурор_области"],
    absent: ["SUBORDINATE_TO body:прокурор -> body:генеральный_прокурор", "SUBORDINATE_TO body:прокурор -> body:прокурор_области", "SUBORDINATE_TO body:прокурор_района -> body:прокурор"],
  },
  {
    name: "the regional level named with the cities of republican significance and the capital; district and city prosecutors",
    text: "Прокурор области, города республиканского значения, столицы назначается на должность Генеральным Прокурором по согласованию с Президентом Республики Казахстан. Прокуроры районов, городов и приравненные к ним прокуроры назначаются на должность Генеральным Прокурором по представлению прокуроров областей.",
    edges: ["APPOINTS body:генеральный_прокурор -> body:прокурор_области", "APPOINTS body:генеральный_прокурор -> body:прокурор_района"],
    props: { "APPOINTS body:генеральный_прокурор -> body:прокурор_области": { consentOf: "body:президент" }, "APPOINTS body:генеральный_прокурор -> body:прокурор_района": { nominatedBy: "body:прокурор_области" } },
    absent: ["APPOINTS body:генеральный_прокурор -> body:прокурор"],
  },
  {
    name: "the chair of the Высший Судебный Совет: appointed with the Senate's consent, accountable to the President",
    text: "Председатель Высшего Судебного Совета назначается Президентом Республики Казахстан с согласия Сената Парламента Республики Казахстан. Председатель Высшего Судебного Совета подотчетен Президенту Республики Казахстан.",
    edges: ["APPOINTS body:президент -> body:председатель_высшего_судебного_совета", "ACCOUNTABLE_TO body:председатель_высшего_судебного_совета -> body:президент"],
    props: { "APPOINTS body:президент -> body:председатель_высшего_судебного_совета": { consentOf: "body:сенат" } },
    absent: ["APPOINTS body:президент -> body:высший_судебный_совет", "ACCOUNTABLE_TO body:высший_судебный_совет -> body:президент"],
  },
  {
    name: "object first with a verb of consideration: the body whose act is considered acts, the court is addressed",
    text: "Протест прокурора рассматривает суд в порядке, установленном процессуальным законодательством. Представление прокурора рассматривает Верховный Суд. Протест на решение суда рассматривает вышестоящий прокурор.",
    edges: ["INTERACTS_WITH body:прокурор -> body:суд", "INTERACTS_WITH body:прокурор -> body:верховный_суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "опротестование актов" } },
    absent: ["INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:суд -> body:вышестоящий_прокурор", "INTERACTS_WITH body:верховный_суд -> body:прокурор"],
  },
  {
    name: "the body turned to named first: «В Конституционный Суд вправе обратиться Президент …, Генеральный Прокурор»",
    text: "В Конституционный Суд вправе обратиться Президент Республики Казахстан, Председатель Сената, Премьер-Министр, Генеральный Прокурор Республики Казахстан. В суд с иском вправе обратиться прокурор. В Верховный Суд могут обращаться суды.",
    edges: ["INTERACTS_WITH body:президент -> body:конституционный_суд", "INTERACTS_WITH body:председатель_сената -> body:конституционный_суд", "INTERACTS_WITH body:премьер_министр -> body:конституционный_суд", "INTERACTS_WITH body:генеральный_прокурор -> body:конституционный_суд", "INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:прокурор -> body:суд": { form: "обращение в суд" } },
    absent: ["INTERACTS_WITH body:конституционный_суд -> body:генеральный_прокурор", "INTERACTS_WITH body:суд -> body:прокурор", "INTERACTS_WITH body:конституционный_суд -> body:президент"],
  },
  {
    name: "participation with the sitting first: the body after the verb takes part in the sitting of the body named in it",
    text: "В пленарном заседании Верховного Суда участвует Генеральный Прокурор Республики Казахстан. В судебном разбирательстве принимает участие прокурор. В заседании коллегии Генеральной прокуратуры участвует Генеральный Прокурор.",
    edges: ["INTERACTS_WITH body:генеральный_прокурор -> body:пленарное_заседание_верховного_суда", "INTERACTS_WITH body:прокурор -> body:суд"],
    props: { "INTERACTS_WITH body:генеральный_прокурор -> body:пленарное_заседание_верховного_суда": { form: "участие в заседаниях" } },
    absent: ["INTERACTS_WITH body:пленарное_заседание_верховного_суда -> body:генеральный_прокурор", "INTERACTS_WITH body:генеральный_прокурор -> body:генеральная_прокуратура"],
  },
  {
    name: "a report the Senate hears: the reporter is accountable to it; information heard is not a report",
    text: "Сенат Парламента Республики Казахстан ежегодно заслушивает доклад Генерального Прокурора о состоянии законности. Мажилис заслушивает информацию Генерального Прокурора.",
    edges: ["ACCOUNTABLE_TO body:генеральный_прокурор -> body:сенат"],
    absent: ["ACCOUNTABLE_TO body:сенат -> body:генеральный_прокурор", "ACCOUNTABLE_TO body:генеральный_прокурор -> body:мажилис"],
  },
  {
    name: "units named by what they are to a body («Ведомствами … являются …»)",
    text: "Ведомствами Генеральной прокуратуры являются Комитет по правовой статистике и специальным учетам и Академия правоохранительных органов. Прокуратура является органом, осуществляющим высший надзор.",
    edges: ["PART_OF body:комитет_правовой_статистики -> body:генеральная_прокуратура", "PART_OF body:академия_правоохранительных_органов -> body:генеральная_прокуратура"],
    absent: ["PART_OF body:генеральная_прокуратура -> body:комитет_правовой_статистики"],
  },
  {
    name: "principles listed under an article's heading «Принципы …» govern the body the heading names",
    act: "О прокуратуре",
    text: "О прокуратуре\n\nЗакон Республики Казахстан от 30 июня 2017 года № 81-VI.\n\nСтатья 3. Принципы организации и деятельности прокуратуры\n\n      1) законность;\n\n      2) независимость;\n\n      3) единство и централизация с подчинением нижестоящих прокуроров вышестоящим;\n\n      4) гласность.\n\nСтатья 4. Полномочия прокурора\n\n      1) законность актов;\n",
    edges: ["GOVERNS principle:законность -> body:прокуратура", "GOVERNS principle:независимость -> body:прокуратура", "GOVERNS principle:централизация -> body:прокуратура", "GOVERNS principle:гласность -> body:прокуратура"],
    absent: ["GOVERNS principle:законность -> body:прокурор", "GOVERNS principle:централизация -> body:нижестоящий_прокурор"],
  },
  {
    name: "articles named by a principle in a chapter on the principles of a body: each principle governs that body",
    act: "О прокуратуре",
    text: "О прокуратуре\n\nЗакон Республики Казахстан от 30 июня 2017 года № 81-VI.\n\nГлава 2. ПРИНЦИПЫ ДЕЯТЕЛЬНОСТИ ПРОКУРАТУРЫ\n\nСтатья 5. Законность\n\n      1. Прокуратура действует на основании Конституции и законов Республики Казахстан.\n\nСтатья 6. Гласность\n\n      Деятельность прокуратуры осуществляется гласно.\n\nГлава 3. СИСТЕМА ОРГАНОВ ПРОКУРАТУРЫ\n\nСтатья 7. Объективность прокурора\n\n      Прокурор обязан объективно оценивать обстоятельства.\n",
    edges: ["GOVERNS principle:законность -> body:прокуратура", "GOVERNS principle:гласность -> body:прокуратура"],
    absent: ["GOVERNS principle:объективность -> body:прокуратура", "GOVERNS principle:объективность -> body:прокурор"],
  },
  {
    name: "principles of an activity only courts carry on («Правосудие осуществляется на основе … принципов:») govern the courts",
    text: "Правосудие осуществляется на основе следующих принципов:\n1) независимость судей;\n2) состязательность и равноправие сторон;\n3) гласность судебного разбирательства.\nНадзор осуществляется на основе следующих принципов:\n1) законность.",
    edges: ["GOVERNS principle:независимость_судей -> body:суд", "GOVERNS principle:состязательность -> body:суд", "GOVERNS principle:гласность -> body:суд"],
    absent: ["GOVERNS principle:законность -> body:суд", "GOVERNS principle:законность -> body:прокуратура"],
  },
  {
    name: "transport prosecutors; «несет ответственность перед»; a genitive attribute is not the subject; «и его члены»",
    text: "Транспортные прокуроры подчиняются непосредственно Генеральному Прокурору Республики Казахстан. Генеральный Прокурор несет ответственность перед Президентом Республики Казахстан. Руководители ведомств Генеральной прокуратуры подчиняются Генеральному Прокурору. Председатель Высшего Судебного Совета и его члены назначаются Президентом Республики Казахстан.",
    edges: ["SUBORDINATE_TO body:транспортный_прокурор -> body:генеральный_прокурор", "ACCOUNTABLE_TO body:генеральный_прокурор -> body:президент", "APPOINTS body:президент -> body:председатель_высшего_судебного_совета"],
    absent: ["SUBORDINATE_TO body:прокурор -> body:генеральный_прокурор", "SUBORDINATE_TO body:генеральная_прокуратура -> body:генеральный_прокурор", "ACCOUNTABLE_TO body:президент -> body:генеральный_прокурор"],
  },
  {
    name: "«находятся в подчинении» names the higher body after the noun; «отчитывается о … перед»",
    text: "Военные прокуроры находятся в подчинении Главного военного прокурора. Прокуратуры областей находятся в непосредственном подчинении Генеральной прокуратуры. Генеральный Прокурор отчитывается о своей деятельности перед Президентом Республики Казахстан.",
    edges: ["SUBORDINATE_TO body:военный_прокурор -> body:главный_военный_прокурор", "SUBORDINATE_TO body:прокуратура_области -> body:генеральная_прокуратура", "ACCOUNTABLE_TO body:генеральный_прокурор -> body:президент"],
    absent: ["SUBORDINATE_TO body:главный_военный_прокурор -> body:военный_прокурор", "SUBORDINATE_TO body:генеральная_прокуратура -> body:прокуратура_области"],
  },
  {
    name: "appointers in a clause with the verb left out: «…, по три судьи – Сенатом и Мажилисом»",
    text: "Четыре судьи Конституционного Суда назначаются Президентом Республики Казахстан, по три судьи – Сенатом и Мажилисом Парламента. Судьи назначаются Президентом Республики Казахстан, а освобождаются в порядке, установленном законом.",
    edges: ["APPOINTS body:президент -> body:судья", "APPOINTS body:сенат -> body:судья", "APPOINTS body:мажилис -> body:судья"],
    absent: ["APPOINTS body:сенат -> body:мажилис", "APPOINTS body:президент -> body:сенат"],
  },
  {
    name: "the members of a council: its chair and judges are part of it, the representatives of a body are not that body",
    text: "В состав Высшего Судебного Совета входят Председатель Высшего Судебного Совета, судьи, представители Генеральной прокуратуры.",
    edges: ["PART_OF body:председатель_высшего_судебного_совета -> body:высший_судебный_совет", "PART_OF body:судья -> body:высший_судебный_совет"],
    absent: ["PART_OF body:генеральная_прокуратура -> body:высший_судебный_совет"],
  },
  {
    name: "the chairs of courts of a level «and courts equated with them» are appointed, not the courts",
    text: "Председатели областных и приравненных к ним судов назначаются Президентом Республики Казахстан по рекомендации Высшего Судебного Совета.",
    edges: ["APPOINTS body:президент -> body:председатель_суда"],
    props: { "APPOINTS body:президент -> body:председатель_суда": { nominatedBy: "body:высший_судебный_совет" } },
    absent: ["APPOINTS body:президент -> body:областной_суд"],
  },
  {
    name: "editorial notes («Сноска») record the acts that amended the act they stand in; a norm applied is no amendment",
    act: "О прокуратуре",
    text: "О прокуратуре\n\nКонституционный закон Республики Казахстан от 5 ноября 2022 года № 155-VII ЗРК.\n\nСтатья 5. Независимость прокуратуры\n\n      Сноска. Статья 5 с изменениями, внесенными Законом РК от 03.07.2023 № 12-VIII (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).\n\n      1. Прокуратура осуществляет свои полномочия независимо от других государственных органов в соответствии с Законом РК от 01.01.2020 № 1-VII.\n\nСтатья 7. Полномочия прокурора\n\n      Сноска. Статья 7 исключена Законом РК от 20.12.2023 № 50-VIII.\n\n      Сноска. Пункт 2 в редакции Закона РК от 01.03.2024 № 70-VIII.\n\n      По всему тексту слова \"органы прокуратуры\" заменены словами \"прокуратура\" в соответствии с Конституционным законом РК от 05.02.2024 № 60-VIII.\n",
    edges: ["AMENDS act:law_12_viii -> act:law_о_прокуратуре", "AMENDS act:law_50_viii -> act:law_о_прокуратуре", "AMENDS act:law_60_viii -> act:law_о_прокуратуре", "AMENDS act:law_70_viii -> act:law_о_прокуратуре"],
    absent: ["AMENDS act:law_1_vii -> act:law_о_прокуратуре", "AMENDS act:law_о_прокуратуре -> act:law_12_viii"],
  },
];

relationCases("phrasings of laws and constitutional laws", cases);
