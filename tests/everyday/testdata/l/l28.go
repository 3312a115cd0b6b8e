package main

import (
	"errors"
	"fmt"
	"time"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	sign := ""
	c := m.Cents
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d %s", sign, c/100, c%100, m.Currency)
}

type Invoice struct {
	ID     string
	Amount Money
	Due    time.Time
	Lines  []Money
}

// GoString customizes %#v output.
func (i Invoice) GoString() string { return fmt.Sprintf("Invoice(%q)", i.ID) }

type HTTPError struct {
	Code   int
	Method string
	URL    string
	Cause  error
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("%s %s: status %d", e.Method, e.URL, e.Code)
}

func (e *HTTPError) Unwrap() error { return e.Cause }

// Format implements fmt.Formatter so %+v prints extra detail.
func (e *HTTPError) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && f.Flag('+'):
		fmt.Fprintf(f, "%s\n  method: %s\n  url:    %s\n  cause:  %v", e.Error(), e.Method, e.URL, e.Cause)
	case verb == 'v' || verb == 's':
		fmt.Fprint(f, e.Error())
	case verb == 'q':
		fmt.Fprintf(f, "%q", e.Error())
	default:
		fmt.Fprintf(f, "%%!%c(*HTTPError)", verb)
	}
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	m := Money{-1250, "EUR"}
	fmt.Printf("v=%v s=%s q=%q\n", m, m, m)
	fmt.Printf("+v=%+v\n", m)

	inv := Invoice{"INV-7", Money{9900, "USD"}, time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), []Money{{4900, "USD"}, {5000, "USD"}}}
	fmt.Printf("v:  %v\n", inv)
	fmt.Printf("+v: %+v\n", inv)
	fmt.Printf("#v: %#v\n", inv)
	fmt.Println("ptr:", &inv.Amount)

	base := errors.New("connection refused")
	err := fmt.Errorf("fetch rates: %w", &HTTPError{503, "GET", "https://rates.example/eur", base})
	fmt.Printf("v:  %v\n", err)
	var he *HTTPError
	if errors.As(err, &he) {
		fmt.Printf("+v: %+v\n", he)
		fmt.Printf("q:  %q\n", he)
		fmt.Printf("d:  %d\n", he)
	}
	fmt.Println("is base:", errors.Is(err, base))

	levels := []Level{Debug, Warn, 7}
	fmt.Printf("levels: %v %d %x\n", levels, levels, levels)
	fmt.Printf("map: %v\n", map[Level]int{Warn: 2, Debug: 5, Info: 1})

	var nilErr *HTTPError
	var e error = nilErr
	fmt.Printf("typed nil error != nil: %t (%T)\n", e != nil, e)
	fmt.Printf("width: [%12v] [%-12v]\n", Info, Warn)
}
