// Deduplicate customer records by normalised content hash and report clusters.
package main

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

const raw = `id,first,last,email,phone,zip
101,John,Smith,john.smith@example.com,(555) 123-4567,02139
102,john,SMITH,John.Smith@Example.com ,555.123.4567,02139
103,Jon,Smith,jon.smith@example.com,555-987-6543,02139
104,María,García,maria.garcia@example.es,+34 600 111 222,28001
105,Maria,Garcia,MARIA.GARCIA@EXAMPLE.ES,0034600111222,28001
106,Wei,Zhang,wei@example.cn,13800138000,100000
107,  John , Smith ,john.smith@example.com,5551234567,2139
108,Ana,Lima,ana@example.br,,01310-100
`

var digitsOnly = regexp.MustCompile(`\D`)

type Person struct {
	ID                             string
	First, Last, Email, Phone, Zip string
}

var fold = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ç", "c")

func normName(s string) string {
	s = fold.Replace(strings.ToLower(strings.TrimSpace(s)))
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s)
}

func normPhone(s string) string {
	d := digitsOnly.ReplaceAllString(s, "")
	d = strings.TrimPrefix(d, "00")
	if len(d) == 10 {
		d = "1" + d
	}
	return d
}

func normZip(s string) string {
	d := digitsOnly.ReplaceAllString(s, "")
	if len(d) > 0 && len(d) < 5 {
		d = strings.Repeat("0", 5-len(d)) + d
	}
	return d
}

func (p Person) Key() string {
	parts := []string{
		normName(p.First), normName(p.Last),
		strings.ToLower(strings.TrimSpace(p.Email)),
		normPhone(p.Phone), normZip(p.Zip),
	}
	h := sha256.New()
	for _, part := range parts {
		h.Write([]byte(part))
		h.Write([]byte{0}) // separator so "ab"+"c" != "a"+"bc"
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(raw)).ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	clusters := map[string][]Person{}
	var order []string
	for _, r := range recs[1:] {
		p := Person{r[0], r[1], r[2], r[3], r[4], r[5]}
		k := p.Key()
		if _, ok := clusters[k]; !ok {
			order = append(order, k)
		}
		clusters[k] = append(clusters[k], p)
		fmt.Printf("%s  key=%s  norm=%s|%s|%s|%s\n", p.ID, k, normName(p.First), normName(p.Last), normPhone(p.Phone), normZip(p.Zip))
	}

	fmt.Printf("\n%d records -> %d unique\n\n", len(recs)-1, len(clusters))
	sort.SliceStable(order, func(i, j int) bool { return len(clusters[order[i]]) > len(clusters[order[j]]) })
	for _, k := range order {
		ps := clusters[k]
		ids := make([]string, len(ps))
		for i, p := range ps {
			ids[i] = p.ID
		}
		survivor := ps[0]
		tag := "unique"
		if len(ps) > 1 {
			tag = fmt.Sprintf("%d duplicates", len(ps)-1)
		}
		fmt.Printf("cluster %s [%s] keep=%s (%s)\n", k, strings.Join(ids, ","), survivor.ID, tag)
	}

	// Near-duplicates: same normalised last name + zip but different key.
	fmt.Println("\nPossible near-duplicates (same last name + zip):")
	byLZ := map[string][]string{}
	for _, k := range order {
		p := clusters[k][0]
		lz := normName(p.Last) + "/" + normZip(p.Zip)
		byLZ[lz] = append(byLZ[lz], p.ID)
	}
	lzKeys := make([]string, 0, len(byLZ))
	for k := range byLZ {
		lzKeys = append(lzKeys, k)
	}
	sort.Strings(lzKeys)
	for _, k := range lzKeys {
		if len(byLZ[k]) > 1 {
			fmt.Printf("  %-18s %v\n", k, byLZ[k])
		}
	}
}
