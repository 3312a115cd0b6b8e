package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Setting struct {
	Key   string
	Value any
}

func inferType(raw string) (any, error) {
	if raw == "" {
		return nil, errors.New("empty value")
	}
	if b, err := strconv.ParseBool(raw); err == nil {
		return b, nil
	}
	if i, err := strconv.ParseInt(raw, 0, 64); err == nil {
		return i, nil
	} else if errors.Is(err, strconv.ErrRange) {
		return nil, fmt.Errorf("integer %s out of range: %w", raw, err)
	}
	if f, err := strconv.ParseFloat(raw, 64); err == nil {
		return f, nil
	}
	if s, err := strconv.Unquote(raw); err == nil {
		return s, nil
	}
	return raw, nil
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case bool:
		return "bool " + strconv.FormatBool(x)
	case int64:
		return fmt.Sprintf("int64 %d (hex %s, bin %s)", x, strconv.FormatInt(x, 16), strconv.FormatInt(x, 2))
	case float64:
		return "float64 " + strconv.FormatFloat(x, 'e', 3, 64)
	case string:
		return "string " + strconv.Quote(x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	inputs := []string{"true", "42", "-0x1F", "0b1011", "0o17", "3.14159", "1e-3", `"quoted\ttext"`, "plain", "", "99999999999999999999", "NaN", "1_000"}
	var settings []Setting
	for i, in := range inputs {
		v, err := inferType(in)
		if err != nil {
			fmt.Printf("%2d %-24q error: %v\n", i, in, err)
			continue
		}
		settings = append(settings, Setting{fmt.Sprintf("k%d", i), v})
		fmt.Printf("%2d %-24q %s\n", i, in, describe(v))
	}
	fmt.Println(len(settings), settings[0], settings[len(settings)-1])

	for _, s := range []string{"255", "256", "-129", "x1", " 7"} {
		n, err := strconv.ParseUint(s, 10, 8)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("ParseUint(%q): func=%s err=%v syntax=%t range=%t\n", s, ne.Func, ne.Err,
				errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Printf("ParseUint(%q) = %d\n", s, n)
	}

	fmt.Println(strconv.Itoa(-120), strconv.Quote("héllo\n"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	b := []byte("vals:")
	b = strconv.AppendInt(b, -7, 10)
	b = append(b, ',')
	b = strconv.AppendFloat(b, 2.5, 'f', 2, 64)
	b = append(b, ',')
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))
	a, third := 0.1, 1.0
	third /= 3
	for _, f := range []float64{a + 0.2, third, 1e21, 123456789.0} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 4, 64), strconv.FormatFloat(f, 'f', -1, 32))
	}
	n, err := strconv.Atoi(strings.TrimSpace("  -17  "))
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
}
