import { describe, expect, it } from 'vitest';
import { searchWords } from './search-words';

describe('searchWords', () => {
  it.each([
    ['C#', ' Csharp '],
    ['c# developer', ' csharp  developer'],
    ['F# or C++', ' Fsharp  or  Cplusplus '],
    ['C/C++', 'C/ Cplusplus '],
    ['-C# java', '- Csharp  java'],
    ['.NET Core', ' dotNET  Core'],
    ['C#.NET', ' Csharp  dotNET '],
    ['ASP.NET MVC', 'ASP.net dotnet  MVC'],
    ['VB.NET', 'VB.net dotnet '],
  ])('%j -> %j', (text, expected) => expect(searchWords(text)).toBe(expected));

  it.each(['C', 'ABC#', 'example.net', 'ASP.NETwork', '.network', 'notes#1', 'python developer', 'Ç#'])(
    'leaves %j as it is',
    (text) => expect(searchWords(text)).toBe(text),
  );
});
