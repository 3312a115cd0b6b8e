package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"log"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const messy = `Name ,Signup Date,Revenue,Country,Plan
  alice SMITH ,2024-01-05,"$1,200.50",usa,Pro
Bob jones,05/02/2024,980,U.S.A.,pro
"O'neil, CARA",2024-03-17,n/a,United States,BASIC
dev patel,2024/04/01,"2,340",india,Enterprise
  EVA  mÜller,2024-04-22,€450,Germany,basic
frank,,  75.25 ,DE,PRO
,2024-05-30,100,usa,basic
Grace Ho,2024-06-11,-,Hong Kong,Pro
`

var countryAliases = map[string]string{
	"usa": "US", "u.s.a.": "US", "united states": "US",
	"india": "IN", "germany": "DE", "de": "DE", "hong kong": "HK",
}

var errMissing = errors.New("missing")

func snakeCase(h string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(h)), " ", "_")
}

func titleName(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		r[0] = unicode.ToUpper(r[0])
		for j := 1; j < len(r); j++ {
			if r[j-1] == '\'' {
				r[j] = unicode.ToUpper(r[j])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func parseMoney(s string) (float64, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "", "-", "n/a", "na", "null":
		return 0, errMissing
	}
	s = strings.NewReplacer("$", "", "€", "", ",", "").Replace(s)
	return strconv.ParseFloat(s, 64)
}

// normalizeDate accepts a few layouts and returns ISO yyyy-mm-dd.
func normalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", errMissing
	}
	s = strings.ReplaceAll(s, "/", "-")
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		return "", fmt.Errorf("bad date %q", s)
	}
	if len(parts[0]) == 4 {
		return strings.Join(parts, "-"), nil
	}
	// assume DD-MM-YYYY
	return parts[2] + "-" + parts[1] + "-" + parts[0], nil
}

func main() {
	rows, err := csv.NewReader(strings.NewReader(messy)).ReadAll()
	if err != nil {
		log.Fatal(err)
	}
	header := make([]string, len(rows[0]))
	for i, h := range rows[0] {
		header[i] = snakeCase(h)
	}
	fmt.Println("columns:", strings.Join(header, ", "))
	fmt.Println()

	issues := map[string]int{}
	revenueByCountry := map[string]float64{}
	fmt.Printf("%-14s %-10s %9s %-3s %s\n", "name", "signup", "revenue", "cc", "plan")
	for _, r := range rows[1:] {
		name := titleName(r[0])
		if name == "" {
			issues["dropped: empty name"]++
			continue
		}
		date, err := normalizeDate(r[1])
		if err != nil {
			issues["signup_date missing"]++
			date = "NaT"
		}
		revStr := "NaN"
		rev, err := parseMoney(r[2])
		if err != nil {
			issues["revenue unparseable"]++
		} else {
			revStr = fmt.Sprintf("%.2f", rev)
		}
		cc, ok := countryAliases[strings.ToLower(strings.TrimSpace(r[3]))]
		if !ok {
			cc = "??"
			issues["unknown country"]++
		}
		if err == nil {
			revenueByCountry[cc] += rev
		}
		plan := strings.ToLower(strings.TrimSpace(r[4]))
		fmt.Printf("%-14s %-10s %9s %-3s %s\n", name, date, revStr, cc, plan)
	}

	fmt.Println("\ncleaning issues:")
	keys := make([]string, 0, len(issues))
	for k := range issues {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-22s %d\n", k, issues[k])
	}

	fmt.Println("\nrevenue by country:")
	ccs := make([]string, 0, len(revenueByCountry))
	for k := range revenueByCountry {
		ccs = append(ccs, k)
	}
	sort.Strings(ccs)
	for _, c := range ccs {
		fmt.Printf("  %s %9.2f\n", c, revenueByCountry[c])
	}
}
