// Interface text in Russian (default) and English. Only the interface is translated, never the data.
import type { EdgeType, NodeType } from "../../graph/schema";

export const LANGS = ["ru", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
  return x === "ru" || x === "en";
}

const DICT = {
  appTitle: ["Правовой граф: суд и прокуратура", "Legal graph: court and prosecution"],
  navExplorer: ["Обзор", "Explorer"],
  navInteraction: ["Суд и прокуратура", "Court and prosecution"],
  navNorms: ["Нормы", "Norms"],
  navPaths: ["Связи", "Paths"],
  navViews: ["Виды", "Views"],
  language: ["Язык", "Language"],
  skipToContent: ["Перейти к содержанию", "Skip to content"],
  searchLabel: ["Поиск по графу", "Search the graph"],
  searchPlaceholder: ["например, прокуратура или статья 83", "e.g. прокуратура or статья 83"],
  searchNoResults: ["Ничего не найдено", "Nothing found"],
  searchLoading: ["Поиск…", "Searching…"],
  searchResultsCount: ["Найдено: {n}", "Found: {n}"],
  loading: ["Загрузка…", "Loading…"],
  retry: ["Повторить", "Retry"],
  errorTitle: ["Не удалось получить данные", "Could not load the data"],
  notFoundTitle: ["Не найдено", "Not found"],
  notFoundNode: ["Узел «{id}» не найден в графе.", "Node “{id}” is not in the graph."],
  notFoundDoc: ["Документ «{id}» не найден.", "Document “{id}” was not found."],
  notFoundPage: ["Такой страницы нет.", "There is no such page."],
  notFoundHint: ["Попробуйте поиск или вернитесь к обзору.", "Try the search or go back to the explorer."],
  backHome: ["К обзору", "To the explorer"],
  filters: ["Фильтры", "Filters"],
  nodeTypes: ["Типы узлов", "Node types"],
  edgeTypes: ["Типы связей", "Edge types"],
  document: ["Документ", "Document"],
  allDocuments: ["Все документы", "All documents"],
  hideRepealed: ["Скрыть утратившие силу", "Hide repealed acts"],
  depth: ["Глубина", "Depth"],
  layout: ["Раскладка", "Layout"],
  legend: ["Легенда", "Legend"],
  table: ["Таблица", "Table"],
  fit: ["Весь граф", "Whole graph"],
  graph: ["Граф", "Graph"],
  exportPng: ["PNG", "PNG"],
  exportSvg: ["SVG", "SVG"],
  exportTitle: ["Сохранить текущий вид как изображение", "Save the current view as an image"],
  share: ["Ссылка", "Link"],
  shareCopied: ["Ссылка скопирована", "Link copied"],
  saveView: ["Сохранить вид", "Save view"],
  savedViews: ["Сохранённые виды", "Saved views"],
  savedViewName: ["Название вида", "View name"],
  noSavedViews: ["Нет сохранённых видов", "No saved views"],
  delete: ["Удалить", "Delete"],
  present: ["Презентация", "Present"],
  exitPresent: ["Выйти из презентации", "Leave presentation"],
  details: ["Сведения", "Details"],
  close: ["Закрыть", "Close"],
  expand: ["Раскрыть связи", "Expand neighbours"],
  collapse: ["Свернуть связи", "Collapse neighbours"],
  focusHere: ["В центр", "Focus here"],
  normsOf: ["Нормы об этом", "Norms about this"],
  basis: ["Основание", "Basis"],
  evidence: ["Цитаты из текстов", "Quotes from the texts"],
  noEvidence: ["Выведено из структуры, цитаты нет", "Derived from structure, no quote"],
  openInReader: ["Открыть в тексте", "Open in the text"],
  aliases: ["Другие формы", "Other forms"],
  properties: ["Свойства", "Properties"],
  newWording: ["Новая редакция, приведённая изменяющим актом (текста самого акта нет в корпусе):", "New wording quoted by an amending act (the act's own text is not in the corpus):"],
  from: ["Откуда", "From"],
  to: ["Куда", "To"],
  nodes: ["Узлы", "Nodes"],
  edges: ["Связи", "Edges"],
  type: ["Тип", "Type"],
  name: ["Название", "Name"],
  graphSummary: ["Граф: узлов {n}, связей {m}. Текстовая версия — кнопка «Таблица».", "Graph: {n} nodes, {m} edges. A text version is under “Table”."],
  emptyGraph: ["Выберите узел через поиск или один из видов.", "Pick a node with the search or one of the views."],
  presets: ["Готовые виды", "Preset views"],
  interactionTitle: ["Формы взаимодействия", "Forms of interaction"],
  interactionIntro: ["Все формы взаимодействия двух органов с правовым основанием и цитатами.", "Every form of interaction between two bodies, with its legal basis and quotes."],
  bodyA: ["Первый орган", "First body"],
  bodyB: ["Второй орган", "Second body"],
  noInteractions: ["Формы взаимодействия не найдены.", "No forms of interaction found."],
  principlesTitle: ["Принципы", "Principles"],
  principlesIntro: ["Принципы, которыми, по текстам, руководствуются эти органы; принципы их взаимодействия — первыми.", "Principles the texts say govern these bodies; principles of their interaction first."],
  principleOfInteraction: ["принцип взаимодействия", "principle of the interaction"],
  governs: ["Руководит деятельностью", "Governs"],
  establishedBy: ["Закреплён", "Laid down in"],
  noPrinciples: ["Принципы не найдены.", "No principles found."],
  form: ["Форма", "Form"],
  normsTitle: ["Нормы, регулирующие орган или полномочие", "Norms that regulate a body or power"],
  normsIntro: ["По иерархии актов: от Конституции к приказам.", "Ordered by the hierarchy of acts: from the Constitution down to orders."],
  normsPick: ["Орган или полномочие", "Body or power"],
  noNorms: ["Нормы не найдены.", "No norms found."],
  act: ["Акт", "Act"],
  relation: ["Связь", "Relation"],
  pathsTitle: ["Как связаны два узла", "How two nodes are connected"],
  pathsIntro: ["Выберите два узла: каждый шаг пути показан с цитатой.", "Pick two nodes: every step of a path comes with its quote."],
  maxLength: ["Длина пути не более", "Path length at most"],
  findPaths: ["Найти пути", "Find paths"],
  noPaths: ["Путь не найден.", "No path found."],
  pathN: ["Путь {n}", "Path {n}"],
  contents: ["Содержание", "Contents"],
  mentions: ["Упоминания", "Mentions"],
  quoteHighlighted: ["Цитата выделена в тексте", "The quote is highlighted in the text"],
  docMeta: ["Документ", "Document"],
  status: ["Статус", "Status"],
  statusIn_force: ["действует", "in force"],
  statusRepealed: ["утратил силу", "repealed"],
  statusUnknown: ["неизвестно", "unknown"],
  select: ["Выбрать", "Select"],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageKey = keyof typeof DICT;

/** The interface text for a key, with {name} placeholders filled in. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = DICT[key][lang === "en" ? 1 : 0];
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text;
}

const NODE_TYPE_NAMES: Record<NodeType, [string, string]> = {
  Act: ["Акт", "Act"],
  Provision: ["Положение акта", "Provision"],
  Body: ["Орган", "Body"],
  Principle: ["Принцип", "Principle"],
  Power: ["Полномочие", "Power"],
};

const EDGE_TYPE_NAMES: Record<EdgeType, [string, string]> = {
  REGULATES: ["регулирует", "regulates"],
  SUBORDINATE_TO: ["подчинён", "subordinate to"],
  INTERACTS_WITH: ["взаимодействует", "interacts with"],
  PART_OF: ["часть", "part of"],
  CITES: ["ссылается", "cites"],
  AMENDS: ["изменяет", "amends"],
  REPEALS: ["отменяет", "repeals"],
  HAS_POWER: ["имеет полномочие", "has power"],
  ESTABLISHES: ["устанавливает", "establishes"],
  ACCOUNTABLE_TO: ["подотчётен", "accountable to"],
  APPOINTS: ["назначает", "appoints"],
  GOVERNS: ["руководит деятельностью", "governs"],
};

export function nodeTypeName(lang: Lang, t: string): string {
  const names = NODE_TYPE_NAMES[t as NodeType];
  return names ? names[lang === "en" ? 1 : 0] : t;
}

export function edgeTypeName(lang: Lang, t: string): string {
  const names = EDGE_TYPE_NAMES[t as EdgeType];
  return names ? names[lang === "en" ? 1 : 0] : t;
}
