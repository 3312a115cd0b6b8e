// f26: normalise and validate contact fields (phone, postcode, email) per country.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

type Contact struct {
	Country, Phone, Postcode, Email string
}

type Issue struct {
	Field, Msg string
}

func (i Issue) Error() string { return i.Field + ": " + i.Msg }

var countryRules = map[string]struct {
	dial     string
	nsnLen   [2]int // national significant number length bounds
	postcode *regexp.Regexp
}{
	"DE": {"49", [2]int{10, 11}, regexp.MustCompile(`^\d{5}$`)},
	"GB": {"44", [2]int{10, 10}, regexp.MustCompile(`^(?i)[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$`)},
	"US": {"1", [2]int{10, 10}, regexp.MustCompile(`^\d{5}(-\d{4})?$`)},
	"NL": {"31", [2]int{9, 9}, regexp.MustCompile(`^\d{4} ?[A-Z]{2}$`)},
}

var emailRe = regexp.MustCompile(`^(?P<local>[A-Za-z0-9._%+-]{1,64})@(?P<domain>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})$`)

// normalizePhone keeps digits (any script, mapped to ASCII) and a leading '+'.
func normalizePhone(raw, country string) (string, error) {
	rule := countryRules[country]
	raw = strings.Replace(raw, "(0)", "", 1) // "+49 (0)30 ..." style
	var digits strings.Builder
	for i, r := range strings.TrimSpace(raw) {
		switch {
		case r == '+' && i == 0:
		case unicode.IsDigit(r):
			digits.WriteRune('0' + rune(digitValue(r))) // e.g. Arabic-Indic or fullwidth digits
		case strings.ContainsRune(" -./()", r):
		default:
			return "", fmt.Errorf("unexpected character %q", r)
		}
	}
	d := digits.String()
	switch {
	case strings.HasPrefix(raw, "+"):
		if !strings.HasPrefix(d, rule.dial) {
			return "", fmt.Errorf("country code does not match %s (+%s)", country, rule.dial)
		}
		d = d[len(rule.dial):]
	case strings.HasPrefix(d, "00"+rule.dial):
		d = d[2+len(rule.dial):]
	case strings.HasPrefix(d, "0"):
		d = d[1:] // trunk prefix
	}
	if n := len(d); n < rule.nsnLen[0] || n > rule.nsnLen[1] {
		return "", fmt.Errorf("expected %d-%d national digits, got %d", rule.nsnLen[0], rule.nsnLen[1], n)
	}
	return "+" + rule.dial + d, nil
}

// digitValue returns the numeric value of a decimal digit rune in any script.
func digitValue(r rune) int {
	zero := r
	for zero > r-9 && unicode.IsDigit(zero-1) {
		zero--
	}
	return int(r - zero)
}

func Validate(c *Contact) error {
	var errs []error
	if _, ok := countryRules[c.Country]; !ok {
		return Issue{"country", fmt.Sprintf("unsupported %q", c.Country)}
	}
	if p, err := normalizePhone(c.Phone, c.Country); err != nil {
		errs = append(errs, Issue{"phone", err.Error()})
	} else {
		c.Phone = p
	}
	pc := strings.ToUpper(strings.Join(strings.Fields(c.Postcode), " "))
	if !countryRules[c.Country].postcode.MatchString(pc) {
		errs = append(errs, Issue{"postcode", fmt.Sprintf("%q is not a valid %s postcode", c.Postcode, c.Country)})
	} else {
		c.Postcode = pc
	}
	if m := emailRe.FindStringSubmatch(strings.TrimSpace(c.Email)); m == nil {
		errs = append(errs, Issue{"email", fmt.Sprintf("%q is malformed", c.Email)})
	} else {
		local, domain := m[emailRe.SubexpIndex("local")], m[emailRe.SubexpIndex("domain")]
		c.Email = local + "@" + strings.ToLower(domain)
	}
	return errors.Join(errs...)
}

func main() {
	contacts := []Contact{
		{"DE", "+49 (0)30 1234-5678", "10115", "Max.Mustermann@Example.DE"},
		{"GB", "020 7946 0958", "sw1a 1aa", "jane@example.co.uk"},
		{"US", "(212) 555-0199", "10001-1234", "bob@@example.com"},
		{"NL", "+32 20 123 4567", "1012AB", "anne@example"},
		{"US", "٢١٢٥٥٥٠١٩٩", "1234", "x@example.com"},
		{"NL", "０２０ １２３ ４５６７", "1012 ab", "Fullwidth@Example.NL"},
		{"DE", "0049 89 123456789", "80331", "ok@example.org"},
		{"FR", "01 23 45 67 89", "75001", "a@b.fr"},
		{"GB", "07700 900123 ext 5", "EC1A1BB", "ext@example.com"},
	}
	for i, c := range contacts {
		err := Validate(&c)
		if err == nil {
			fmt.Printf("%d ok    %s %-14s %-10s %s\n", i, c.Country, c.Phone, c.Postcode, c.Email)
			continue
		}
		fmt.Printf("%d issues (%s):\n", i, c.Country)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("    ", line)
		}
		var is Issue
		if errors.As(err, &is) {
			fmt.Println("     first field:", is.Field)
		}
	}
}
