package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Case struct {
	Kind  string
	Input string
}

type Result struct {
	Value string
	Err   error
}

func (r Result) String() string {
	if r.Err == nil {
		return "ok   " + r.Value
	}
	var ne *strconv.NumError
	if errors.As(r.Err, &ne) {
		reason := "syntax"
		if errors.Is(ne.Err, strconv.ErrRange) {
			reason = "range"
		}
		return fmt.Sprintf("ERR  %s (%s), partial=%s", reason, ne.Func, r.Value)
	}
	return "ERR  " + r.Err.Error()
}

func run(c Case) Result {
	switch c.Kind {
	case "int":
		v, err := strconv.ParseInt(c.Input, 0, 64)
		return Result{strconv.FormatInt(v, 10), err}
	case "int8":
		v, err := strconv.ParseInt(c.Input, 10, 8)
		return Result{strconv.FormatInt(v, 10), err}
	case "uint":
		v, err := strconv.ParseUint(c.Input, 10, 64)
		return Result{strconv.FormatUint(v, 10), err}
	case "float":
		v, err := strconv.ParseFloat(c.Input, 64)
		return Result{strconv.FormatFloat(v, 'g', -1, 64), err}
	case "float32":
		v, err := strconv.ParseFloat(c.Input, 32)
		return Result{strconv.FormatFloat(v, 'g', -1, 32), err}
	case "bool":
		v, err := strconv.ParseBool(c.Input)
		return Result{strconv.FormatBool(v), err}
	case "quote":
		v, err := strconv.Unquote(c.Input)
		return Result{strconv.QuoteToASCII(v), err}
	}
	return Result{Err: fmt.Errorf("unknown kind %q", c.Kind)}
}

func main() {
	cases := []Case{
		{"int", "42"}, {"int", "-0x1F"}, {"int", "0o755"}, {"int", "0b1011"}, {"int", "1_000_000"},
		{"int", "9223372036854775808"}, {"int", " 7"}, {"int8", "127"}, {"int8", "128"},
		{"uint", "-1"}, {"uint", "18446744073709551615"},
		{"float", "3.14159"}, {"float", "1e308"}, {"float", "1e309"}, {"float", "-Inf"},
		{"float", "nan"}, {"float", "0x1p-2"}, {"float", ".5"}, {"float", "1_000.5"}, {"float32", "16777217"},
		{"float32", "0.1"}, {"bool", "T"}, {"bool", "yes"},
		{"quote", `"tab\there"`}, {"quote", "`raw\\n`"}, {"quote", `'x'`}, {"quote", `"unterminated`},
		{"quote", `"héllo ☃"`}, {"nope", "x"},
	}
	for _, c := range cases {
		fmt.Printf("%-8s %-24q %v\n", c.Kind, c.Input, run(c))
	}

	fmt.Println("formatting:")
	f := 1234567.891
	for _, spec := range []struct {
		fmt  byte
		prec int
	}{{'f', 2}, {'e', 3}, {'g', 4}, {'f', -1}, {'x', -1}} {
		fmt.Printf("  %c/%-2d %s\n", spec.fmt, spec.prec, strconv.FormatFloat(f, spec.fmt, spec.prec, 64))
	}
	fmt.Println("  0.1+0.2 =", strconv.FormatFloat(0.1+0.2, 'g', -1, 64), "| %.17g:", fmt.Sprintf("%.17g", 0.1+0.2))
	fmt.Println("  base36(MaxInt64) =", strconv.FormatInt(math.MaxInt64, 36))
	fmt.Println("  AppendInt:", string(strconv.AppendInt([]byte("id-"), -77, 16)))
	fmt.Println("  Itoa(MinInt64) =", strconv.Itoa(math.MinInt64))
}
