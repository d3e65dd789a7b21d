// Looking content up by id: "did you mean" when nothing matches (exit 66), and the problem of
// the file when the id is that of a file skipped as broken (exit 65).
import { ContentError, NotFoundError, type CoachError, type ContentIssue } from "../io/errors.js";
import { didYouMean } from "../io/suggest.js";
import type { Catalog } from "./catalog.js";
import { contentIdOf, type Checklist, type Deck, type Loaded } from "./types.js";

function notFound(what: string, id: string, known: Iterable<string>, listCommand: string, skipped: readonly ContentIssue[]): CoachError {
  // A file of that name was skipped as broken: that is why there is no such id (exit 65, as validate).
  const broken = skipped.find((issue) => contentIdOf(issue.file) === id);
  if (!broken) return notKnown(what, id, known, listCommand);
  const after = /[.?!]$/.test(broken.message) ? " So the" : "; so the";
  return new ContentError([{ ...broken, message: `${broken.message}${after} ${what} '${id}' could not be read (interview-coach validate ${broken.file} lists every problem)` }]);
}

function notKnown(what: string, id: string, known: Iterable<string>, listCommand: string): NotFoundError {
  const ids = [...new Set(known)];
  // Nothing close: the full list is short, and more use than a far-fetched guess.
  const hint = didYouMean(id, ids) || (ids.length ? ` Known ids: ${ids.join(", ")}.` : "");
  return new NotFoundError(`no ${what} named '${id}'.${hint} See \`interview-coach list${listCommand ? ` ${listCommand}` : ""}\`.`);
}

export function findDeck(catalog: Catalog, id: string): Loaded<Deck> {
  const bare = id.replace(/^decks?\//, "");
  const deck = catalog.decks.get(bare);
  if (deck) return deck;
  throw notFound("deck", bare, catalog.decks.keys(), "decks", catalog.issues);
}

export function findChecklist(catalog: Catalog, id: string): Loaded<Checklist> {
  const bare = id.replace(/^checklists?\//, "");
  const checklist = catalog.checklists.get(bare);
  if (checklist) return checklist;
  throw notFound("checklist", bare, catalog.checklists.keys(), "checklists", catalog.issues);
}

/** A deck or checklist: `deck/x` and `checklist/x` choose when an id names both. */
export function findAny(catalog: Catalog, id: string): { item: Loaded<Deck> | Loaded<Checklist>; alsoChecklist: boolean } {
  if (/^checklists?\//.test(id)) return { item: findChecklist(catalog, id), alsoChecklist: false };
  if (/^decks?\//.test(id)) return { item: findDeck(catalog, id), alsoChecklist: false };
  const deck = catalog.decks.get(id);
  const checklist = catalog.checklists.get(id);
  if (deck) return { item: deck, alsoChecklist: checklist !== undefined };
  if (checklist) return { item: checklist, alsoChecklist: false };
  throw notFound("deck or checklist", id, [...catalog.decks.keys(), ...catalog.checklists.keys()], "", catalog.issues);
}
