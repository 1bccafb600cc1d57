/** Text from a document shown in a Markdown hover: escaped, so a name cannot become a link, an image or HTML. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, '\\$&').replace(/[\r\n]+/g, ' ');
}
