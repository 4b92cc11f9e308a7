/**
 * PostgreSQL's English text parser reads "C#", "C++" and "C" all as the word "c", "F#" as "f" and
 * ".NET" as "net": a search for C# listed every C and C++ job. Before parsing, these names become
 * words of their own ("csharp", "cplusplus", "fsharp", "dotnet"), in the stored search vectors
 * (the SQL function job_search_text, migration 0032) and in the keywords (here). The two must
 * rewrite alike: tests/search-language-names.integration.test.ts searches through both.
 *
 * A name counts only where it starts a word ("ABC#" stays as it is) and ".NET" only as a whole
 * word (".network" stays); ASP.NET, VB.NET and ADO.NET keep their own word and add "dotnet", so
 * a search for .NET finds them. The spaces around each replacement keep it a word of
 * its own next to punctuation ("C/C++" -> "C/ cplusplus "); websearch syntax around it still
 * reads the same ("-C#" excludes, "C# OR C++" is an OR).
 */
const NOT_WORD = String.raw`[^\p{L}\p{N}_]`;
const SHARP = new RegExp(String.raw`(^|${NOT_WORD})([cf])#`, 'giu');
const PLUS_PLUS = new RegExp(String.raw`(^|${NOT_WORD})(c)\+\+`, 'giu');
const DOT_NET = new RegExp(String.raw`(^|${NOT_WORD})\.(net)(?![\p{L}\p{N}_])`, 'giu');
const NAMED_DOT_NET = new RegExp(String.raw`(^|${NOT_WORD})(asp|vb|ado)\.net(?![\p{L}\p{N}_])`, 'giu');

export function searchWords(text: string): string {
  let out = text;
  if (out.includes('#')) out = out.replace(SHARP, '$1 $2sharp ');
  if (out.includes('++')) out = out.replace(PLUS_PLUS, '$1 $2plusplus ');
  if (/\.net/i.test(out)) out = out.replace(DOT_NET, '$1 dot$2 ').replace(NAMED_DOT_NET, '$1$2.net dotnet ');
  return out;
}
