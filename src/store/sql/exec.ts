// The one thing the shared read queries need from a backend: run SQL with `?` parameters.
export type Row = Record<string, unknown>;

export type Exec = {
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
};

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
