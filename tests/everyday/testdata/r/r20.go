package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

var translit = map[rune]string{
	'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'é': "e", 'è': "e", 'ê': "e",
	'á': "a", 'à': "a", 'ñ': "n", 'ç': "c", 'ø': "o", 'å': "a", 'í': "i", 'ó': "o",
	'æ': "ae", 'œ': "oe", 'ł': "l", 'ź': "z", 'ż': "z", 'ś': "s",
}

type Slugger struct {
	Sep    rune
	MaxLen int
	seen   map[string]int
}

func NewSlugger(sep rune, maxLen int) *Slugger {
	return &Slugger{Sep: sep, MaxLen: maxLen, seen: map[string]int{}}
}

func (s *Slugger) Slug(title string) string {
	var b strings.Builder
	pendingSep := false
	for _, r := range strings.ToLower(title) {
		if t, ok := translit[r]; ok {
			if pendingSep && b.Len() > 0 {
				b.WriteRune(s.Sep)
			}
			pendingSep = false
			b.WriteString(t)
			continue
		}
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if pendingSep && b.Len() > 0 {
				b.WriteRune(s.Sep)
			}
			pendingSep = false
			b.WriteRune(r)
		} else {
			pendingSep = true
		}
	}
	slug := b.String()
	if len(slug) > s.MaxLen {
		slug = slug[:s.MaxLen]
		if i := strings.LastIndexByte(slug, byte(s.Sep)); i > 0 {
			slug = slug[:i]
		}
	}
	if slug == "" {
		slug = "untitled"
	}
	s.seen[slug]++
	if n := s.seen[slug]; n > 1 {
		slug = fmt.Sprintf("%s%c%d", slug, s.Sep, n)
	}
	return slug
}

var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "in": true, "on": true, "to": true, "for": true, "vs": true}

func TitleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		afterColon := i > 0 && strings.HasSuffix(words[i-1], ":")
		if i > 0 && i < len(words)-1 && smallWords[lw] && !afterColon {
			words[i] = lw
			continue
		}
		if strings.ToUpper(w) == w && len(w) > 1 && len(w) <= 4 {
			continue // keep acronyms like CSV, API
		}
		rs := []rune(lw)
		if j := slices.IndexFunc(rs, unicode.IsLetter); j >= 0 {
			rs[j] = unicode.ToTitle(rs[j])
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func main() {
	titles := []string{
		"Parsing CSV Files in Go: A Practical Guide",
		"Über die Straße gehen — Ärger & Freude",
		"  10 Tips for   faster   regexps!!! ",
		"Parsing CSV files in Go: a practical guide",
		"¿Qué es el año bisiesto? ¡Señor Niño!",
		"C'est la vie: œuvre complète de Łódź",
		"!!!",
		"the state of the API economy in 2024 and beyond: a very long title that will be cut",
	}
	s := NewSlugger('-', 40)
	u := NewSlugger('_', 24)
	for _, t := range titles {
		fmt.Printf("%q\n", t)
		fmt.Printf("  slug:  %s\n", s.Slug(t))
		fmt.Printf("  snake: %s\n", u.Slug(t))
		fmt.Printf("  title: %s\n", TitleCase(t))
	}
}
