// f12: normalise free-text fields: collapse whitespace, strip controls, classify runes.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalizeSpace collapses any run of Unicode whitespace (incl. NBSP, ideographic space)
// to one ASCII space, drops control and format characters, and trims the ends.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u200b': // zero-width space is not IsSpace
			pendingSpace = b.Len() > 0
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// drop: BOM, soft hyphen, bidi marks, NUL...
		default:
			if pendingSpace {
				b.WriteByte(' ')
				pendingSpace = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

type profile struct {
	letters, digits, spaces, punct, symbols, marks, other int
	scripts                                               []string
}

var scriptTables = []struct {
	name string
	tab  *unicode.RangeTable
}{
	{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
	{"Han", unicode.Han}, {"Katakana", unicode.Katakana}, {"Arabic", unicode.Arabic},
}

func classify(s string) profile {
	var p profile
	seen := map[string]bool{}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			p.letters++
			for _, st := range scriptTables {
				if unicode.Is(st.tab, r) && !seen[st.name] {
					seen[st.name] = true
					p.scripts = append(p.scripts, st.name) // order of first appearance
				}
			}
		case unicode.IsDigit(r):
			p.digits++
		case unicode.IsSpace(r):
			p.spaces++
		case unicode.IsPunct(r):
			p.punct++
		case unicode.IsSymbol(r):
			p.symbols++
		case unicode.IsMark(r):
			p.marks++
		default:
			p.other++
		}
	}
	return p
}

// validIdentifier reports whether s is usable as a column name.
func validIdentifier(s string) error {
	if s == "" {
		return fmt.Errorf("empty identifier")
	}
	for i, r := range s {
		if i == 0 && !(unicode.IsLetter(r) || r == '_') {
			return fmt.Errorf("must start with letter or '_', got %q", r)
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			return fmt.Errorf("invalid rune %q (%U) at byte %d", r, r, i)
		}
	}
	return nil
}

func main() {
	inputs := []string{
		"  Hello,\t\tworld!  \n",
		"Caf\u00e9\u00a0\u00a0au\u3000lait",
		"\ufeffzero\u200bwidth\u00adsoft",
		"Ελληνικά και English 123",
		"東京\tタワー 333m",
		"e\u0301t\u0301e\u0301 (combining)",
		"tab\x00null\x07bell",
		"€100 + £20 = ¥?",
	}
	for _, in := range inputs {
		out := normalizeSpace(in)
		p := classify(out)
		fmt.Printf("%-44q -> %q\n", in, out)
		fmt.Printf("    bytes %d->%d runes %d->%d L=%d N=%d Z=%d P=%d S=%d M=%d O=%d scripts=%v\n",
			len(in), len(out), utf8.RuneCountInString(in), utf8.RuneCountInString(out),
			p.letters, p.digits, p.spaces, p.punct, p.symbols, p.marks, p.other, p.scripts)
	}
	fmt.Println()
	for _, id := range []string{"order_id", "_tmp2", "2nd_col", "total-amount", "größe", "naïve", "col name", ""} {
		if err := validIdentifier(id); err != nil {
			fmt.Printf("%-14q invalid: %v\n", id, err)
		} else {
			fmt.Printf("%-14q ok (upper=%s)\n", id, strings.ToUpper(id))
		}
	}
}
