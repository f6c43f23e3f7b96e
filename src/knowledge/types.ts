/** What part of the page a sentence came from. Only `title`, `dateline` and `body` may answer questions. */
export type Role = 'title' | 'dateline' | 'caption' | 'credit' | 'heading' | 'body' | 'related' | 'tags';

/** A cleaned line or paragraph of an article with the role it plays on the page. */
export interface Block {
  role: Role;
  text: string;
}

export interface Sentence {
  /** Position in the article's sentence list. */
  index: number;
  text: string;
  role: Role;
  /** Paragraph number inside the article, so neighbours can lend context. */
  paragraph: number;
}

export interface Article {
  /** Stable id: the path relative to the knowledge folder, with forward slashes. */
  id: string;
  /** Path relative to the knowledge folder (what answers cite). */
  file: string;
  title: string;
  /** The dateline as printed on the page, when one was found. */
  date?: string;
  sentences: Sentence[];
  /** Short phrases from the tag line, when the page had one. */
  tags: string[];
}

export interface LoadError {
  file: string;
  reason: string;
}
