// f07: strconv.ParseInt / ParseUint edge cases with NumError inspection.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
)

type intCase struct {
	in      string
	base    int
	bitSize int
}

func classify(err error) string {
	var ne *strconv.NumError
	if !errors.As(err, &ne) {
		if err != nil {
			return "other: " + err.Error()
		}
		return "ok"
	}
	switch {
	case errors.Is(ne.Err, strconv.ErrRange):
		return fmt.Sprintf("range (func=%s)", ne.Func)
	case errors.Is(ne.Err, strconv.ErrSyntax):
		return fmt.Sprintf("syntax (func=%s)", ne.Func)
	default:
		return fmt.Sprintf("%v (func=%s)", ne.Err, ne.Func)
	}
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)

	fmt.Fprintln(w, "INPUT\tBASE\tBITS\tSIGNED\tUNSIGNED\tSTATUS")
	cases := []intCase{
		{"42", 10, 64},
		{"-42", 10, 8},
		{"127", 10, 8},
		{"128", 10, 8},
		{"-129", 10, 8},
		{"0x1F", 0, 16},
		{"0o777", 0, 16},
		{"0b1010_1010", 0, 16},
		{"1_000_000", 0, 32},
		{"1_000_000", 10, 32},
		{"ff", 16, 8},
		{"FF", 16, 0},
		{"zz", 36, 16},
		{"9223372036854775807", 10, 64},
		{"9223372036854775808", 10, 64},
		{"18446744073709551615", 10, 64},
		{"", 10, 64},
		{"+7", 10, 64},
		{" 7", 10, 64},
		{"12", 1, 64},
		{"12", 37, 64},
		{"0x", 0, 64},
	}
	for _, c := range cases {
		i, errI := strconv.ParseInt(c.in, c.base, c.bitSize)
		u, errU := strconv.ParseUint(c.in, c.base, c.bitSize)
		sv, uv := fmt.Sprint(i), fmt.Sprint(u)
		if errI != nil {
			sv = "!" + sv
		}
		if errU != nil {
			uv = "!" + uv
		}
		fmt.Fprintf(w, "%q\t%d\t%d\t%s\t%s\t%s\n", c.in, c.base, c.bitSize, sv, uv, classify(errI))
	}
	w.Flush()

	// Atoi is ParseInt(s, 10, 0) with a different Func name in the error.
	fmt.Println()
	for _, s := range []string{"2147483648", "99999999999999999999", "3.0", "-0"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, err=%v\n", s, n, err)
		if ne, ok := errors.AsType[*strconv.NumError](err); ok {
			fmt.Printf("    Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
		}
	}

	// Round-tripping through FormatInt in various bases.
	fmt.Println()
	for _, v := range []int64{255, -255, 1 << 40} {
		for _, b := range []int{2, 8, 16, 36} {
			s := strconv.FormatInt(v, b)
			back, err := strconv.ParseInt(s, b, 64)
			fmt.Printf("%14d base %-2d -> %-42s back=%d ok=%t\n", v, b, s, back, err == nil && back == v)
		}
	}
}
