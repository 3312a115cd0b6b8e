package main

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

type Validator interface {
	~string
	Valid() bool
}

type Email string

func (e Email) Valid() bool {
	local, domain, ok := strings.Cut(string(e), "@")
	return ok && local != "" && strings.Contains(domain, ".")
}

type Slug string

var slugRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func (s Slug) Valid() bool { return slugRe.MatchString(string(s)) }

type Hostname string

func (h Hostname) Valid() bool {
	if len(h) == 0 || len(h) > 253 {
		return false
	}
	for label := range strings.SplitSeq(string(h), ".") {
		if label == "" || strings.HasPrefix(label, "-") {
			return false
		}
	}
	return true
}

func Partition[T Validator](items []string) (valid []T, invalid []string) {
	for _, raw := range items {
		v := T(strings.TrimSpace(raw))
		if v.Valid() {
			valid = append(valid, v)
		} else {
			invalid = append(invalid, raw)
		}
	}
	return
}

func Normalize[T ~string](vals []T) []T {
	out := make([]T, 0, len(vals))
	for _, v := range vals {
		out = append(out, T(strings.ToLower(string(v))))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

type Number interface {
	~int | ~int64 | ~float64
}

type Bytes int64
type Millis float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func (b Bytes) String() string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.1fMiB", float64(b)/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1fKiB", float64(b)/(1<<10))
	}
	return fmt.Sprintf("%dB", int64(b))
}

func main() {
	emails, bad := Partition[Email]([]string{"ops@example.com", "nope", " Dev@Example.com ", "a@b", "@x.io", "ops@example.com"})
	fmt.Printf("emails=%q bad=%q\n", emails, bad)
	fmt.Println("normalized:", Normalize(emails))

	slugs, badSlugs := Partition[Slug]([]string{"hello-world", "Hello", "a--b", "v2-release", "-x"})
	fmt.Printf("%v %v %T\n", slugs, badSlugs, slugs)

	hosts, badHosts := Partition[Hostname]([]string{"api.internal", "db-1.prod.local", "bad..host", "-lead.io", ""})
	fmt.Println(hosts, len(badHosts), badHosts)

	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25))
	total := Sum[Bytes](512, 2048, 1<<20)
	fmt.Printf("%v %d %T\n", total, total, total)
	fmt.Println(Sum[Millis](12.5, 7.5, 100), Sum(Bytes(100), Bytes(200)))
	fmt.Println([]Bytes{10, 4096, 5 << 20})
}
