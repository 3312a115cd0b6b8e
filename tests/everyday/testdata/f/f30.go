// f30: regexp-driven tokenizer and parser for a restricted SELECT statement, with validation.
package main

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var tokenRe = regexp.MustCompile(`\s*(?:(?P<num>\d+)|(?P<str>'(?:[^']|'')*')|(?P<word>[A-Za-z_][A-Za-z0-9_]*|\*)|(?P<op><=|>=|<>|[=<>,])|(?P<bad>\S))`)

var keywords = []string{"SELECT", "FROM", "WHERE", "AND", "ORDER", "BY", "ASC", "DESC", "LIMIT"}

type token struct{ kind, text string }

type Cond struct {
	Col, Op string
	Val     any // int or string
}

type Select struct {
	Columns []string
	Table   string
	Where   []Cond // ANDed
	OrderBy string
	Desc    bool
	Limit   int
}

type syntaxError string

func Parse(sql string) (s *Select, err error) {
	var toks []token
	for _, m := range tokenRe.FindAllStringSubmatch(sql, -1) {
		for i, kind := range tokenRe.SubexpNames() {
			if kind == "word" && slices.Contains(keywords, strings.ToUpper(m[i])) {
				kind, m[i] = "keyword", strings.ToUpper(m[i])
			}
			if kind == "bad" && m[i] != "" {
				return nil, fmt.Errorf("unexpected character %q", m[i])
			}
			if kind != "" && m[i] != "" {
				toks = append(toks, token{kind, m[i]})
			}
		}
	}
	toks = append(toks, token{"end", "end of input"})
	pos := 0
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(syntaxError)
			if !ok {
				panic(r) // a bug, not a syntax error
			}
			s, err = nil, fmt.Errorf("token %d: %s", pos+1, string(se))
		}
	}()
	accept := func(kind, text string) bool {
		if toks[pos].kind == kind && (text == "" || toks[pos].text == text) {
			pos++
			return true
		}
		return false
	}
	expect := func(kind, text string) string {
		if !accept(kind, text) {
			panic(syntaxError(fmt.Sprintf("expected %s, found %s %q", strings.TrimSpace(kind+" "+text), toks[pos].kind, toks[pos].text)))
		}
		return toks[pos-1].text
	}
	s = &Select{Limit: -1}
	expect("keyword", "SELECT")
	for ok := true; ok; ok = accept("op", ",") {
		s.Columns = append(s.Columns, expect("word", ""))
	}
	expect("keyword", "FROM")
	s.Table = expect("word", "")
	for ok := accept("keyword", "WHERE"); ok; ok = accept("keyword", "AND") {
		c := Cond{Col: expect("word", ""), Op: expect("op", "")}
		switch t := toks[pos]; {
		case accept("num", ""):
			c.Val, _ = strconv.Atoi(t.text)
		case accept("str", ""):
			c.Val = strings.ReplaceAll(t.text[1:len(t.text)-1], "''", "'")
		default:
			expect("literal", "")
		}
		s.Where = append(s.Where, c)
	}
	if accept("keyword", "ORDER") {
		expect("keyword", "BY")
		s.OrderBy = expect("word", "")
		if !accept("keyword", "ASC") {
			s.Desc = accept("keyword", "DESC")
		}
	}
	if accept("keyword", "LIMIT") {
		if s.Limit, _ = strconv.Atoi(expect("num", "")); s.Limit > 10_000 {
			panic(syntaxError("LIMIT must not exceed 10000"))
		}
	}
	expect("end", "")
	return s, nil
}

var schema = map[string][]string{"orders": {"id", "customer", "amount", "day"}, "customers": {"id", "name", "country"}}

func (s *Select) Validate() (problems []string) {
	cols, ok := schema[s.Table]
	if !ok {
		return []string{"unknown table " + s.Table}
	}
	refs := slices.Clone(s.Columns)
	for _, w := range s.Where {
		refs = append(refs, w.Col)
	}
	for _, c := range append(refs, s.OrderBy) {
		if c != "" && c != "*" && !slices.Contains(cols, c) {
			problems = append(problems, fmt.Sprintf("unknown column %s.%s", s.Table, c))
		}
	}
	return problems
}

func main() {
	for _, q := range []string{
		"SELECT id, amount FROM orders WHERE amount >= 100 AND day = '2024-03-01' ORDER BY amount DESC LIMIT 50",
		"select * from customers where country <> 'it''s' order by name asc",
		"SELECT id, total FROM orders WHERE region = 'EU' ORDER BY created",
		"SELECT id FROM invoices",
		"SELECT FROM orders",
		"SELECT id FROM orders WHERE amount",
		"SELECT id FROM orders WHERE amount > day",
		"SELECT id FROM orders LIMIT 99999",
		"SELECT id FROM orders; DROP TABLE orders",
		"SELECT id FROM orders GROUP BY id",
	} {
		s, err := Parse(q)
		switch {
		case err != nil:
			fmt.Printf("ERR  %s\n     %v\n", q, err)
		case len(s.Validate()) > 0:
			fmt.Printf("BAD  %s\n     %s\n", q, strings.Join(s.Validate(), "; "))
		default:
			fmt.Printf("OK   %s\n     %+v\n", q, *s)
		}
	}
}
