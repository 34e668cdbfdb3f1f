/**
 * Text from users (a dispute reason, a feedback ticket) shown inside a markdown message as plain text: links,
 * emphasis, headings and tables in it are not rendered, and it stays on one line.
 */
export function plainInMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/([\\`*_{}[\]()#+\-.!|>~<])/g, '\\$1');
}
