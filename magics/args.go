package magics

import (
	"fmt"
	"strings"
)

// splitArgs splits a magic's arguments like a shell: on spaces, with
// single or double quotes grouping words.
func splitArgs(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	var quote rune
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed %c quote", quote)
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}

// flags is the result of parsing options of the form --name value,
// --name=value and -x value; repeated options keep every value.
type flags struct {
	values     map[string][]string
	positional []string
}

func (f flags) get(name string) string {
	if v := f.values[name]; len(v) > 0 {
		return v[len(v)-1]
	}
	return ""
}

// parseFlags parses words given the options that take a value (withValue)
// and those that do not (bool). Unknown options are a usage error, and
// so is a positional word after stopAt positionals when stopAt >= 0.
func parseFlags(words []string, withValue, boolean []string) (flags, error) {
	f := flags{values: map[string][]string{}}
	takes := map[string]bool{}
	for _, n := range withValue {
		takes[n] = true
	}
	isBool := map[string]bool{}
	for _, n := range boolean {
		isBool[n] = true
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if !strings.HasPrefix(w, "-") || w == "-" {
			f.positional = append(f.positional, w)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(w, "-"), "=")
		switch {
		case isBool[name] && !hasVal:
			f.values[name] = append(f.values[name], "true")
		case takes[name] && hasVal:
			f.values[name] = append(f.values[name], val)
		case takes[name] && i+1 < len(words):
			i++
			f.values[name] = append(f.values[name], words[i])
		case takes[name]:
			return f, fmt.Errorf("%s needs a value", w)
		default:
			return f, fmt.Errorf("unknown option %s", w)
		}
	}
	return f, nil
}
