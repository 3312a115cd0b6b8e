package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Row map[string]any
type Pred func(Row) bool

var ErrSyntax = errors.New("syntax error")

type Query struct {
	Cols    []string
	Table   string
	Where   []Pred // all must hold
	OrderBy string
	Desc    bool
	Limit   int
}

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string { return p.toks[min(p.pos, len(p.toks)-1)] } // toks ends with ""
func (p *parser) next() string { t := p.peek(); p.pos++; return t }
func (p *parser) accept(kw string) bool {
	ok := strings.EqualFold(p.peek(), kw)
	if ok {
		p.pos++
	}
	return ok
}
func (p *parser) expect(kw string) {
	if !p.accept(kw) {
		panic(fmt.Errorf("%w: expected %s at token %d, found %q", ErrSyntax, kw, p.pos, p.peek()))
	}
}

func compare(a, b any) int {
	x, xok := a.(int)
	y, yok := b.(int)
	if xok && yok {
		return cmp.Compare(x, y)
	}
	return cmp.Compare(fmt.Sprint(a), fmt.Sprint(b))
}

var cmpOps = map[string]func(int) bool{
	"=": func(c int) bool { return c == 0 }, "!=": func(c int) bool { return c != 0 }, "<": func(c int) bool { return c < 0 },
	">": func(c int) bool { return c > 0 }, "<=": func(c int) bool { return c <= 0 }, ">=": func(c int) bool { return c >= 0 },
}

func (p *parser) cond() Pred { // column op literal
	col, op, lit := p.next(), p.next(), p.next()
	test, ok := cmpOps[op]
	if !ok {
		panic(fmt.Errorf("%w: unknown operator %q", ErrSyntax, op))
	}
	var val any = strings.Trim(lit, "'")
	if n, err := strconv.Atoi(lit); err == nil {
		val = n
	}
	return func(row Row) bool { return test(compare(row[col], val)) }
}

func Parse(sql string) (q Query, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{toks: append(strings.Fields(strings.ReplaceAll(sql, ",", " , ")), "")}
	p.expect("SELECT")
	for q.Cols = append(q.Cols, p.next()); p.accept(","); {
		q.Cols = append(q.Cols, p.next())
	}
	p.expect("FROM")
	q.Table, q.Limit = p.next(), -1
	for ok := p.accept("WHERE"); ok; ok = p.accept("AND") {
		q.Where = append(q.Where, p.cond())
	}
	if p.accept("ORDER") {
		p.expect("BY")
		q.OrderBy, q.Desc = p.next(), p.accept("DESC")
	}
	if p.accept("LIMIT") {
		q.Limit, _ = strconv.Atoi(p.next()) // a malformed limit becomes 0
	}
	if p.peek() != "" {
		return q, fmt.Errorf("%w: unexpected %q", ErrSyntax, p.peek())
	}
	return q, nil
}

func (q Query) Run(db map[string][]Row) ([]Row, error) {
	rows, ok := db[q.Table]
	if !ok {
		return nil, fmt.Errorf("no such table %q", q.Table)
	}
	rows = slices.DeleteFunc(slices.Clone(rows), func(r Row) bool {
		return slices.ContainsFunc(q.Where, func(p Pred) bool { return !p(r) })
	})
	if q.OrderBy != "" {
		sign := map[bool]int{false: 1, true: -1}[q.Desc]
		slices.SortStableFunc(rows, func(a, b Row) int { return sign * compare(a[q.OrderBy], b[q.OrderBy]) })
	}
	if q.Limit >= 0 && q.Limit < len(rows) {
		rows = rows[:q.Limit]
	}
	return rows, nil
}

func main() {
	db := map[string][]Row{"people": {
		{"name": "Ada", "age": 36, "city": "London"}, {"name": "Linus", "age": 28, "city": "Helsinki"}, {"name": "Grace", "age": 45, "city": "Arlington"},
		{"name": "Ken", "age": 52, "city": "Berkeley"}, {"name": "Rob", "age": 41, "city": "Berkeley"}, {"name": "Barbara", "age": 33, "city": "Boston"},
	}}
	for _, sql := range []string{
		"SELECT name, age FROM people WHERE age > 35 ORDER BY age DESC",
		"SELECT city, name FROM people WHERE city = 'Berkeley' ORDER BY name",
		"select name, city from people where age >= 33 and age <= 45 and city != 'London' order by age limit 3",
		"SELECT name FROM people ORDER BY city DESC LIMIT 2",
		"SELECT name FROM pets", "SELECT name people", "SELECT name FROM people WHERE age ~ 3",
		"SELECT name FROM people LIMIT 1 OFFSET 2",
	} {
		fmt.Println(sql)
		q, err := Parse(sql)
		var rows []Row
		if err == nil {
			rows, err = q.Run(db)
		}
		if err != nil {
			fmt.Printf("  error: %v (syntax=%t)\n", err, errors.Is(err, ErrSyntax))
		}
		for _, r := range rows {
			line := ""
			for _, c := range q.Cols {
				line += fmt.Sprintf("%-10v", r[c])
			}
			fmt.Println("  " + strings.TrimRight(line, " "))
		}
	}
}
