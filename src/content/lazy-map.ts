// A read-only map whose values are made on first use. The catalog knows every deck's and
// checklist's id from the content cache, but a command uses one or two of them: `checklist
// --print` needs one of the nine built-in files, and parsing the other eight cost about 5 ms
// of its start.

export class LazyMap<V> implements ReadonlyMap<string, V> {
  /** Insertion order is the map's order; a key set again keeps its place, as in a Map. */
  private readonly slots = new Map<string, { value?: V; make?: () => V }>();

  /** Sets `key` to what `make()` returns, called at the first get or iteration that needs it. */
  setLazy(key: string, make: () => V): this {
    this.slots.set(key, { make });
    return this;
  }

  get size(): number {
    return this.slots.size;
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  get(key: string): V | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.make) {
      slot.value = slot.make();
      delete slot.make;
    }
    return slot.value;
  }

  keys(): MapIterator<string> {
    return this.slots.keys();
  }

  *values(): MapIterator<V> {
    for (const key of this.slots.keys()) yield this.get(key)!;
  }

  *entries(): MapIterator<[string, V]> {
    for (const key of this.slots.keys()) yield [key, this.get(key)!];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
