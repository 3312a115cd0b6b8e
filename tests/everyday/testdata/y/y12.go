package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Config struct {
	Workers int
	Ratio   float64
	Debug   bool
	Mask    uint64
	Name    string
}

func parseConfig(src string) (Config, []error) {
	var cfg Config
	var errs []error
	for line := range strings.Lines(src) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("no '=' in %q", line))
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		var err error
		switch k {
		case "workers":
			cfg.Workers, err = strconv.Atoi(v)
		case "ratio":
			cfg.Ratio, err = strconv.ParseFloat(v, 64)
		case "debug":
			cfg.Debug, err = strconv.ParseBool(v)
		case "mask":
			cfg.Mask, err = strconv.ParseUint(v, 0, 64)
		case "name":
			cfg.Name, err = strconv.Unquote(v)
		default:
			err = fmt.Errorf("unknown key %q", k)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("key %s: %w", k, err))
		}
	}
	return cfg, errs
}

func main() {
	src := `
# pipeline settings
workers = 8
ratio = 0.75
debug = TRUE
mask = 0xff00
name = "etl \"nightly\""
retries = 3
timeout
workers2 = x
`
	cfg, errs := parseConfig(src)
	fmt.Printf("%+v\n", cfg)
	for _, e := range errs {
		fmt.Println("  err:", e)
	}

	_, errs = parseConfig("workers = eight\nratio = 1e400\ndebug = maybe\nmask = 0b102")
	for _, e := range errs {
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("  %s(%q): %v\n", ne.Func, ne.Num, ne.Err)
		}
	}

	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.FormatFloat(3.14159265, 'f', 3, 64), strconv.FormatFloat(1234567.0, 'e', 2, 64), strconv.FormatFloat(0.000012, 'g', -1, 64))
	fmt.Println(strconv.Quote("tab\there ☺"), strconv.QuoteToASCII("tab\there ☺"), strconv.QuoteRune('λ'))
	n, err := strconv.ParseInt("-0x1F", 0, 32)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	b := []byte("vals:")
	b = strconv.AppendInt(b, 42, 10)
	b = append(b, ',')
	b = strconv.AppendBool(b, false)
	b = append(b, ',')
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))

	var total float64
	for _, s := range strings.Split("1.5, 2.25, bad, 4, , 1e2", ",") {
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			continue
		}
		total += f
	}
	fmt.Printf("total=%.2f %v %x %X %o %b\n", total, total, 3054, 3054, 8, 5)
}
