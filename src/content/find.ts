// Looking content up by id, with "did you mean" when nothing matches (exit 66).
import { NotFoundError } from "../io/errors.js";
import { didYouMean } from "../io/suggest.js";
import type { Catalog } from "./catalog.js";
import type { Checklist, Deck, Loaded } from "./types.js";

function notFound(what: string, id: string, known: Iterable<string>, listCommand: string): NotFoundError {
  const ids = [...new Set(known)];
  // Nothing close: the full list is short, and more use than a far-fetched guess.
  const hint = didYouMean(id, ids) || (ids.length ? ` Known ids: ${ids.join(", ")}.` : "");
  return new NotFoundError(`no ${what} named '${id}'.${hint} See \`interview-coach list${listCommand ? ` ${listCommand}` : ""}\`.`);
}

export function findDeck(catalog: Catalog, id: string): Loaded<Deck> {
  const bare = id.replace(/^decks?\//, "");
  const deck = catalog.decks.get(bare);
  if (deck) return deck;
  throw notFound("deck", bare, catalog.decks.keys(), "decks");
}

export function findChecklist(catalog: Catalog, id: string): Loaded<Checklist> {
  const bare = id.replace(/^checklists?\//, "");
  const checklist = catalog.checklists.get(bare);
  if (checklist) return checklist;
  throw notFound("checklist", bare, catalog.checklists.keys(), "checklists");
}

/** A deck or checklist: `deck/x` and `checklist/x` choose when an id names both. */
export function findAny(catalog: Catalog, id: string): { item: Loaded<Deck> | Loaded<Checklist>; alsoChecklist: boolean } {
  if (/^checklists?\//.test(id)) return { item: findChecklist(catalog, id), alsoChecklist: false };
  if (/^decks?\//.test(id)) return { item: findDeck(catalog, id), alsoChecklist: false };
  const deck = catalog.decks.get(id);
  const checklist = catalog.checklists.get(id);
  if (deck) return { item: deck, alsoChecklist: checklist !== undefined };
  if (checklist) return { item: checklist, alsoChecklist: false };
  throw notFound("deck or checklist", id, [...catalog.decks.keys(), ...catalog.checklists.keys()], "");
}
