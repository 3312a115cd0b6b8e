// f13: strconv.Quote/Unquote round-trips and a quoted-field tokenizer for a TSV-like format.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// splitFields splits a line on whitespace, honouring Go-style quoted fields
// ("..." with escapes, `...` raw, '.' single rune).
func splitFields(line string) ([]string, error) {
	var fields []string
	i := 0
	for i < len(line) {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i >= len(line) {
			break
		}
		switch q := line[i]; q {
		case '"', '`', '\'':
			prefix, err := strconv.QuotedPrefix(line[i:])
			if err != nil {
				return fields, fmt.Errorf("field %d at col %d: %w", len(fields)+1, i+1, err)
			}
			v, err := strconv.Unquote(prefix)
			if err != nil {
				return fields, fmt.Errorf("field %d: unquote %s: %w", len(fields)+1, prefix, err)
			}
			fields = append(fields, v)
			i += len(prefix)
			if i < len(line) && line[i] != ' ' && line[i] != '\t' {
				return fields, fmt.Errorf("field %d: garbage %q after closing quote", len(fields), line[i])
			}
		default:
			j := strings.IndexAny(line[i:], " \t")
			if j < 0 {
				j = len(line) - i
			}
			fields = append(fields, line[i:i+j])
			i += j
		}
	}
	return fields, nil
}

func main() {
	fmt.Println("== Quote variants")
	for _, s := range []string{"plain", "tab\there", `back\slash "q"`, "naïve ☃", "\x00\x7f\u200b", "bad\xffutf8"} {
		fmt.Printf("%-22s ASCII=%-26s Graphic=%-22s valid=%t\n",
			strconv.Quote(s), strconv.QuoteToASCII(s),
			strconv.QuoteToGraphic(s), utf8.ValidString(s))
	}
	fmt.Println("CanBackquote:", strconv.CanBackquote("a`b"), strconv.CanBackquote("multi\nline"), strconv.CanBackquote("ok"))
	fmt.Println("QuoteRune:", strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0xD800))

	fmt.Println("\n== Unquote edge cases")
	for _, s := range []string{
		`"ok"`, "`raw \\n`", `'x'`, `'xy'`, `"\u00e9\x41\101"`, `"\z"`, `"unterminated`,
		`"\ud800"`, `"\U0010FFFF"`, `"\U00110000"`, `noquotes`, `"multi
line"`,
	} {
		v, err := strconv.Unquote(s)
		switch {
		case errors.Is(err, strconv.ErrSyntax):
			fmt.Printf("  %-22q -> syntax error\n", s)
		case err != nil:
			fmt.Printf("  %-22q -> %v\n", s, err)
		default:
			fmt.Printf("  %-22q -> %q (%d runes)\n", s, v, utf8.RuneCountInString(v))
		}
	}

	fmt.Println("\n== UnquoteChar walk")
	rest := `\tA\u263a\"z`
	for rest != "" {
		r, multibyte, tail, err := strconv.UnquoteChar(rest, '"')
		if err != nil {
			fmt.Println("  error:", err)
			break
		}
		fmt.Printf("  %-8q rune=%q multibyte=%t\n", rest[:len(rest)-len(tail)], r, multibyte)
		rest = tail
	}

	fmt.Println("\n== splitFields")
	for _, line := range []string{
		`load "users table" 'x' 42 ` + "`C:\\tmp\\in.csv`",
		`echo "tab:\t" "quote:\"" done`,
		`bad "unterminated field`,
		`glued "a"b`,
		`  "\q" invalid escape`,
		`   `,
	} {
		f, err := splitFields(line)
		fmt.Printf("  %-40q fields=%q", line, f)
		if err != nil {
			fmt.Printf(" err=%v", err)
		}
		fmt.Println()
	}
}
