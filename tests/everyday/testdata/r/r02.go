package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

const document = `
Contact the team at support@example.com or sales@Example.COM.
Alice Smith <alice.smith+news@mail.co.uk> called from (555) 123-4567 on Monday.
Bob's number is 555.987.6543; his backup is +1-555-222-3333.
Invalid: bob@@broken, @nouser.com, 12-34.
Visit https://example.com/docs?page=2 or http://blog.example.org/post/42.
Duplicate: SUPPORT@example.com
Order IDs: ORD-2024-0001, ORD-2024-0017, ord-2023-9999 (lowercase ignored).
`

type Extractor struct {
	Name      string
	Pattern   *regexp.Regexp
	Normalize func(string) string
}

func (e Extractor) Extract(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range e.Pattern.FindAllString(text, -1) {
		n := m
		if e.Normalize != nil {
			n = e.Normalize(m)
		}
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

var digitsOnly = regexp.MustCompile(`\D`)

func normPhone(s string) string {
	d := digitsOnly.ReplaceAllString(s, "")
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if len(d) != 10 {
		return "INVALID:" + s
	}
	return fmt.Sprintf("(%s) %s-%s", d[:3], d[3:6], d[6:])
}

func main() {
	extractors := []Extractor{
		{"email", regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`), strings.ToLower},
		{"phone", regexp.MustCompile(`(?:\+1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}`), normPhone},
		{"url", regexp.MustCompile(`https?://[^\s,]+[^\s,.]`), nil},
		{"order", regexp.MustCompile(`\bORD-\d{4}-\d{4}\b`), nil},
	}
	for _, ex := range extractors {
		found := ex.Extract(document)
		fmt.Printf("%s (%d):\n", ex.Name, len(found))
		for _, f := range found {
			fmt.Printf("  - %s\n", f)
		}
	}

	// Named groups: split emails into user/domain and tag
	emailParts := regexp.MustCompile(`(?P<user>[A-Za-z0-9._%-]+)(?:\+(?P<tag>[A-Za-z0-9]+))?@(?P<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})`)
	fmt.Println("email parts:")
	for _, m := range emailParts.FindAllStringSubmatch(document, -1) {
		parts := map[string]string{}
		for i, name := range emailParts.SubexpNames() {
			if name != "" {
				parts[name] = m[i]
			}
		}
		tag := cmpOr(parts["tag"], "-")
		fmt.Printf("  user=%-12s tag=%-5s domain=%s\n", parts["user"], tag, strings.ToLower(parts["domain"]))
	}

	// Domain histogram
	domains := map[string]int{}
	for _, e := range extractors[0].Extract(document) {
		domains[e[strings.IndexByte(e, '@')+1:]]++
	}
	keys := make([]string, 0, len(domains))
	for k := range domains {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("domains:")
	for _, k := range keys {
		fmt.Printf("  %-16s %s\n", k, strings.Repeat("#", domains[k]))
	}

	redacted := extractors[0].Pattern.ReplaceAllStringFunc(document, func(s string) string {
		at := strings.IndexByte(s, '@')
		return s[:1] + strings.Repeat("*", max(at-1, 0)) + s[at:]
	})
	fmt.Println("redacted first line:", strings.Split(strings.TrimSpace(redacted), "\n")[0])
}

func cmpOr[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}
