/**
 * A policy document split into clauses along its own structure: 一、 sections, （一） items, 1. sub-items. A clause
 * is an item with its sub-items (or a section without items), so a reply can quote a whole list and cite it as
 * 《广西企业科技特派员工作方案（暂行）》五、工作要求（三）.
 */
export interface ClauseLine {
  /** The sub-item marker ("1.") when the line is a numbered sub-item. */
  marker?: string;
  text: string;
}

export interface Clause {
  id: string;
  documentTitle: string;
  /** Section heading ("五、工作要求") and item marker ("（三）"), as cited. */
  citation: string;
  /** The words the clause is about: section title and the item's own title. */
  heading: string;
  /** The item's own title as written (「开展科技创新政策宣传，畅通政企沟通反馈渠道」, 「意向征集」), for lists. */
  title?: string;
  lines: ClauseLine[];
  /** Titles of the items a section-level clause introduces (its table of contents). */
  children: string[];
  /** For a numbered sub-item: the clause it belongs to (the whole list). */
  parentId?: string;
}

const SECTION = /^([一二三四五六七八九十]+、)\s*(.*)$/;
const ITEM = /^(（[一二三四五六七八九十]+）)\s*(.*)$/;
const SUB_ITEM = /^(\d{1,2})[.．、]\s*(.*)$/;
/** Word-processor conversion artefacts, e.g. "[bookmark: _Hlk184234791]". */
const ARTEFACTS = /\[(bookmark|anchor|image|footnote)[^\]]*\]/gi;

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(ARTEFACTS, '')
    .replace(/\u3000/g, ' ');
}

/** The longest line that is only a heading (「开展科技创新政策宣传，畅通政企沟通反馈渠道」). */
const MAX_HEADING_LINE = 50;

/**
 * An item's own title and its text: a line without a full stop is a heading of its own (its text follows on the next
 * lines); 「（六）培训派出。工作办对……」 has the title before its first full stop; a line that is all text
 * (「（三）科技特派员每年到派驻企业不少于5次，……」) is titled by its first phrase and kept whole as text.
 */
function splitItem(text: string): { title: string; body: string } {
  if (!/[。；]/.test(text) && text.length <= MAX_HEADING_LINE) return { title: text, body: '' };
  const sentence = /^([^。，；：]{2,20})。(.*)$/.exec(text);
  if (sentence) return { title: sentence[1] ?? '', body: sentence[2] ?? '' };
  return { title: (text.split(/[。，；：]/)[0] ?? '').slice(0, 40), body: text };
}

export function parsePolicyDocument(slug: string, raw: string): { title: string; clauses: Clause[] } {
  const lines = cleanText(raw)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const title = (lines[0] ?? slug).replace(/^《|》$/g, '');
  const clauses: Clause[] = [];
  let section: Clause | undefined;
  let current: Clause | undefined;

  const open = (citation: string, heading: string): Clause => {
    const clause: Clause = {
      id: `${slug}#${clauses.length}`,
      documentTitle: title,
      citation,
      heading,
      lines: [],
      children: [],
    };
    clauses.push(clause);
    return clause;
  };

  current = open('', title);
  for (const line of lines.slice(1)) {
    const sectionMatch = SECTION.exec(line);
    if (sectionMatch && line.length <= 40) {
      const [, marker = '', name = ''] = sectionMatch;
      section = open(`${marker}${name}`, name);
      current = section;
      continue;
    }
    const itemMatch = ITEM.exec(line);
    if (itemMatch && section) {
      const [, marker = '', rest = ''] = itemMatch;
      const { title: name, body } = splitItem(rest);
      section.children.push(`${marker}${name}`);
      current = open(`${section.citation}${marker}`, `${section.heading} ${name}`);
      current.title = name;
      if (body.length > 0) current.lines.push({ text: body });
      continue;
    }
    const subMatch = SUB_ITEM.exec(line);
    if (subMatch) {
      current.lines.push({ marker: `${subMatch[1]}.`, text: subMatch[2] ?? '' });
      continue;
    }
    current.lines.push({ text: line });
  }
  // Each numbered sub-item is also a clause of its own, so a question about one of them finds it precisely.
  const subItems = clauses.flatMap((parent) =>
    parent.lines
      .filter((line) => line.marker)
      .map((line, i) => ({
        id: `${parent.id}.${i + 1}`,
        documentTitle: title,
        citation: `${parent.citation}${line.marker}`,
        heading: parent.heading,
        lines: [{ text: line.text }],
        children: [],
        parentId: parent.id,
      })),
  );
  return { title, clauses: [...clauses, ...subItems].filter((c) => c.lines.length > 0 || c.children.length > 0) };
}

export function clauseText(clause: Clause): string {
  return clause.lines.map((line) => (line.marker ? `${line.marker} ${line.text}` : line.text)).join('\n');
}

/** 「《…方案（暂行）》四、派驻条件（一）2.」 → 「四（一）2」: the section number, item and sub-item. */
export function clauseKey(citation: string): string {
  const afterTitle = citation.replace(/^《[^》]*》/, '');
  const section = /^([一二三四五六七八九十]+)、[^（\d]*/.exec(afterTitle);
  if (!section) return afterTitle;
  const rest = afterTitle.slice(section[0].length).replace(/[.．]$/, '');
  return `${section[1]}${rest}`;
}
