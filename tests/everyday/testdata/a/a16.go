// Mask PII in support tickets and expand simple templates with regexp.
package main

import (
	"crypto/sha256"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

type Rule struct {
	Name string
	RE   *regexp.Regexp
	Mask func(string) string
}

func keepLast(n int) func(string) string {
	return func(s string) string {
		digits := regexp.MustCompile(`\D`).ReplaceAllString(s, "")
		if len(digits) <= n {
			return strings.Repeat("*", len(digits))
		}
		return strings.Repeat("*", len(digits)-n) + digits[len(digits)-n:]
	}
}

func pseudonym(prefix string) func(string) string {
	return func(s string) string {
		sum := sha256.Sum256([]byte(strings.ToLower(s)))
		return fmt.Sprintf("<%s:%x>", prefix, sum[:4])
	}
}

var emailRE = regexp.MustCompile(`(?i)\b([a-z0-9._%+-]+)@([a-z0-9.-]+\.[a-z]{2,})\b`)

var rules = []Rule{
	{"email", emailRE, func(s string) string {
		m := emailRE.FindStringSubmatch(s)
		return m[1][:1] + "***@" + m[2]
	}},
	{"card", regexp.MustCompile(`\b(?:\d{4}[ -]?){3}\d{4}\b`), keepLast(4)},
	{"phone", regexp.MustCompile(`\+?\d{1,3}[ .-]\(?\d{2,4}\)?[ .-]\d{3,4}[ .-]?\d{0,4}`), pseudonym("tel")},
	{"ipv4", regexp.MustCompile(`\b(?:\d{1,3}\.){3}\d{1,3}\b`), func(s string) string {
		parts := strings.Split(s, ".")
		return parts[0] + "." + parts[1] + ".x.x"
	}},
}

var tickets = []string{
	"Customer jane.doe@example.com reports card 4111 1111 1111 1111 was charged twice.",
	"Call back on +44 20 7946 0958 or email J.Doe@Example.com, IP was 192.168.10.77.",
	"No PII here, just a note about invoice INV-2024-0042.",
	"Refund to 5500-0000-0000-0004 requested by bob+billing@corp.co.uk from 10.1.2.3",
	"Two emails: a@b.io and c.d@e.org; phone +1 415-555-0132.",
}

var tmplRE = regexp.MustCompile(`\{\{\s*(?P<name>[a-z_]+)(?:\s*\|\s*(?P<filter>[a-z]+))?\s*\}\}`)

func render(tmpl string, vars map[string]string) (string, []string) {
	var missing []string
	nameIdx := tmplRE.SubexpIndex("name")
	filterIdx := tmplRE.SubexpIndex("filter")
	out := tmplRE.ReplaceAllStringFunc(tmpl, func(m string) string {
		sub := tmplRE.FindStringSubmatch(m)
		v, ok := vars[sub[nameIdx]]
		if !ok {
			missing = append(missing, sub[nameIdx])
			return m
		}
		switch sub[filterIdx] {
		case "upper":
			v = strings.ToUpper(v)
		case "title":
			v = strings.ToUpper(v[:1]) + v[1:]
		case "len":
			v = fmt.Sprint(len(v))
		}
		return v
	})
	return out, missing
}

func main() {
	hits := map[string]int{}
	for i, t := range tickets {
		masked := t
		for _, r := range rules {
			masked = r.RE.ReplaceAllStringFunc(masked, func(m string) string {
				hits[r.Name]++
				return r.Mask(m)
			})
		}
		fmt.Printf("ticket %d\n  in : %s\n  out: %s\n", i+1, t, masked)
	}
	names := make([]string, 0, len(hits))
	for n := range hits {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Print("\nmask counts:")
	for _, n := range names {
		fmt.Printf(" %s=%d", n, hits[n])
	}
	fmt.Println()

	fmt.Println("\nEmail domains found:")
	for _, t := range tickets {
		for _, m := range emailRE.FindAllStringSubmatchIndex(t, -1) {
			fmt.Printf("  %-22s at [%d:%d]\n", strings.ToLower(t[m[4]:m[5]]), m[0], m[1])
		}
	}

	vars := map[string]string{"name": "jane", "ticket": "T-1001", "status": "resolved"}
	for _, tpl := range []string{
		"Hello {{name|title}}, ticket {{ ticket }} is now {{status | upper}}.",
		"Name length: {{name|len}}; agent: {{agent}}; eta: {{ eta|upper }}",
	} {
		out, missing := render(tpl, vars)
		fmt.Printf("\ntemplate: %s\nrendered: %s\nmissing:  %q\n", tpl, out, missing)
	}
	fmt.Println("\nliteral-safe replace:", regexp.MustCompile(`\$(\w+)`).ReplaceAllLiteralString("cost $price", "$1"))
	fmt.Println("expand replace:      ", regexp.MustCompile(`(\w+)=(\w+)`).ReplaceAllString("a=1 b=2", "${2}:${1}"))
}
