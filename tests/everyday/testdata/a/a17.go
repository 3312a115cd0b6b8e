// Infer column types of a CSV with strconv and print a schema plus coerced values.
package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Kind int

const (
	KindNull Kind = iota
	KindBool
	KindInt
	KindFloat
	KindString
)

func (k Kind) String() string {
	return [...]string{"null", "bool", "int64", "float64", "string"}[k]
}

var nullTokens = map[string]bool{"": true, "NA": true, "null": true, "N/A": true, "-": true}

func classify(s string) Kind {
	s = strings.TrimSpace(s)
	if nullTokens[s] {
		return KindNull
	}
	if _, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 0, 64); err == nil {
		return KindInt
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return KindFloat
	}
	if _, err := strconv.ParseBool(s); err == nil {
		return KindBool
	}
	return KindString
}

// widen returns the narrowest kind that can hold both.
func widen(a, b Kind) Kind {
	switch {
	case a == KindNull:
		return b
	case b == KindNull:
		return a
	case a == b:
		return a
	case (a == KindInt && b == KindFloat) || (a == KindFloat && b == KindInt):
		return KindFloat
	}
	return KindString
}

type Column struct {
	Name     string
	Kind     Kind
	Nulls    int
	MaxWidth int
	Samples  []string
}

const data = `id,name,active,score,balance,joined,code
1,Ana,true,88.5,1_200,2021-03-04,0x1F
2,Ben,false,92,-45,2020-11-30,0o17
3,Cleo,TRUE,NA,300,2022-01-15,42
4,Dev,false,77.25,,2019-07-01,0b101
5,Eli,T,1e2,12,N/A,7
0x10,Fay,F,-,0,2023-05-20,-8
`

func main() {
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	header, body := rows[0], rows[1:]
	cols := make([]*Column, len(header))
	for i, h := range header {
		cols[i] = &Column{Name: h}
	}
	for _, r := range body {
		for i, v := range r {
			c := cols[i]
			k := classify(v)
			if k == KindNull {
				c.Nulls++
			}
			c.Kind = widen(c.Kind, k)
			c.MaxWidth = max(c.MaxWidth, len(v))
			if len(c.Samples) < 3 && k != KindNull {
				c.Samples = append(c.Samples, v)
			}
		}
	}

	fmt.Println("Schema:")
	for i, c := range cols {
		fmt.Printf("  %d %-8s %-7v nulls=%d width=%d samples=%q\n", i, c.Name, c.Kind, c.Nulls, c.MaxWidth, c.Samples)
	}

	fmt.Println("\nCoerced rows:")
	for _, r := range body {
		var parts []string
		for i, v := range r {
			parts = append(parts, coerce(cols[i].Kind, v))
		}
		fmt.Println("  " + strings.Join(parts, " | "))
	}

	fmt.Println("\nstrconv edge cases:")
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-0", "1e400", "NaN", "+Inf", "0x1p-2", "3.14abc", " 42"} {
		i, ierr := strconv.ParseInt(s, 10, 64)
		f, ferr := strconv.ParseFloat(s, 64)
		fmt.Printf("  %-22q int=%-20d %-5v float=%-12g %v\n", s, i, ierr == nil, f, ferr == nil)
	}
	fmt.Println("\nFormatting:")
	fmt.Println("  FormatFloat 'f' -1:", strconv.FormatFloat(1.0/3, 'f', -1, 64))
	fmt.Println("  FormatFloat 'e' 3 :", strconv.FormatFloat(123456.789, 'e', 3, 64))
	fmt.Println("  FormatFloat 'g' 32:", strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println("  FormatInt base 36 :", strconv.FormatInt(1234567890, 36))
	fmt.Println("  Quote             :", strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é☃"))
	u, err := strconv.Unquote(`"line\nnext"`)
	fmt.Printf("  Unquote           : %q %v\n", u, err)
	fmt.Println("  AppendInt         :", string(strconv.AppendInt([]byte("n="), -17, 10)))
	fmt.Println("  MaxInt64+1 float  :", strconv.FormatFloat(math.MaxInt64, 'f', 0, 64))
}

func coerce(k Kind, v string) string {
	v = strings.TrimSpace(v)
	if nullTokens[v] {
		return "NULL"
	}
	switch k {
	case KindBool:
		b, _ := strconv.ParseBool(v)
		return strconv.FormatBool(b)
	case KindInt:
		n, _ := strconv.ParseInt(strings.ReplaceAll(v, "_", ""), 0, 64)
		return strconv.FormatInt(n, 10)
	case KindFloat:
		f, err := strconv.ParseFloat(strings.ReplaceAll(v, "_", ""), 64)
		if err != nil {
			n, _ := strconv.ParseInt(strings.ReplaceAll(v, "_", ""), 0, 64)
			f = float64(n)
		}
		return strconv.FormatFloat(f, 'f', 2, 64)
	}
	return strconv.Quote(v)
}
