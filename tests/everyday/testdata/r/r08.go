package main

import (
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

type Filter struct {
	Field, Op, Value string
}

type SearchQuery struct {
	Terms   []string
	Filters []Filter
	Sort    []string
	Page    int
	PerPage int
	Unknown []string
}

var ops = []string{">=", "<=", "!=", ">", "<", ":"}

func ParseSearch(raw string) (*SearchQuery, error) {
	vals, err := url.ParseQuery(raw)
	if err != nil {
		return nil, err
	}
	q := &SearchQuery{Page: 1, PerPage: 20}
	for _, key := range slices.Sorted(maps.Keys(vals)) {
		vs := vals[key]
		switch key {
		case "q":
			for _, v := range vs {
				q.Terms = append(q.Terms, strings.Fields(strings.ToLower(v))...)
			}
		case "filter":
			for _, v := range vs {
				for _, op := range ops {
					if f, val, ok := strings.Cut(v, op); ok {
						q.Filters = append(q.Filters, Filter{f, op, val})
						break
					}
				}
			}
		case "sort":
			q.Sort = strings.Split(vs[0], ",")
		case "page", "per_page":
			n, err := strconv.Atoi(vs[0])
			if err != nil || n < 1 {
				return nil, fmt.Errorf("%s must be a positive integer, got %q", key, vs[0])
			}
			if key == "page" {
				q.Page = n
			} else {
				q.PerPage = min(n, 100)
			}
		default:
			q.Unknown = append(q.Unknown, key)
		}
	}
	return q, nil
}

func (q *SearchQuery) Encode() string {
	v := url.Values{}
	if len(q.Terms) > 0 {
		v.Set("q", strings.Join(q.Terms, " "))
	}
	for _, f := range q.Filters {
		v.Add("filter", f.Field+f.Op+f.Value)
	}
	if len(q.Sort) > 0 {
		v.Set("sort", strings.Join(q.Sort, ","))
	}
	v.Set("page", strconv.Itoa(q.Page))
	v.Set("per_page", strconv.Itoa(q.PerPage))
	return v.Encode()
}

func main() {
	inputs := []string{
		"q=Red+Shoes&filter=price%3C%3D50&filter=brand:acme&sort=-price,name&page=2",
		"q=caf%C3%A9%20au%20lait&per_page=500&utm_source=newsletter&ref=home",
		"filter=rating%3E%3D4&filter=stock!=0&q=&page=1",
		"page=zero&q=x",
		"q=bad%zzescape",
		"q=a&q=b+c&sort=date",
	}
	for _, in := range inputs {
		fmt.Println("input:", in)
		q, err := ParseSearch(in)
		if err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("  terms=%q page=%d per_page=%d sort=%q\n", q.Terms, q.Page, q.PerPage, q.Sort)
		for _, f := range q.Filters {
			fmt.Printf("  filter: %-7s %-2s %s\n", f.Field, f.Op, f.Value)
		}
		if len(q.Unknown) > 0 {
			fmt.Printf("  ignored params: %v\n", q.Unknown)
		}
		fmt.Println("  canonical:", q.Encode())
	}
	fmt.Println("escape demo:")
	for _, s := range []string{"a b&c=d", "100%", "ü/ñ?"} {
		fmt.Printf("  %-8q query=%-16s path=%s\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
}
