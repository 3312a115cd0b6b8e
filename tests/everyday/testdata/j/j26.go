// Command j26 writes a log record encoder using strconv's Append*
// functions to build output without intermediate strings, then parses
// it back with Unquote, ParseInt, ParseFloat and ParseBool.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Level   string
	Code    int64
	Ratio   float64
	OK      bool
	Message string
	Flags   uint64
}

// Encode renders key=value pairs, quoting strings so they round-trip.
func Encode(dst []byte, r Record) []byte {
	dst = append(dst, "level="...)
	dst = append(dst, r.Level...)
	dst = append(dst, " code="...)
	dst = strconv.AppendInt(dst, r.Code, 10)
	dst = append(dst, " ratio="...)
	dst = strconv.AppendFloat(dst, r.Ratio, 'g', -1, 64)
	dst = append(dst, " ok="...)
	dst = strconv.AppendBool(dst, r.OK)
	dst = append(dst, " flags=0x"...)
	dst = strconv.AppendUint(dst, r.Flags, 16)
	dst = append(dst, " msg="...)
	dst = strconv.AppendQuote(dst, r.Message)
	return dst
}

func Decode(line string) (Record, error) {
	var r Record
	var errs []error
	for len(line) > 0 {
		key, rest, _ := strings.Cut(line, "=")
		var val string
		if strings.HasPrefix(rest, `"`) {
			q, err := strconv.QuotedPrefix(rest)
			if err != nil {
				return r, fmt.Errorf("key %s: %w", key, err)
			}
			val, rest = q, rest[len(q):]
		} else {
			val, rest, _ = strings.Cut(rest, " ")
		}
		line = strings.TrimLeft(rest, " ")
		var err error
		switch key {
		case "level":
			r.Level = val
		case "code":
			r.Code, err = strconv.ParseInt(val, 10, 32)
		case "ratio":
			r.Ratio, err = strconv.ParseFloat(val, 64)
		case "ok":
			r.OK, err = strconv.ParseBool(val)
		case "flags":
			r.Flags, err = strconv.ParseUint(val, 0, 64) // base 0 honours 0x
		case "msg":
			r.Message, err = strconv.Unquote(val)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("key %s: %w", key, err))
		}
	}
	return r, errors.Join(errs...)
}

func main() {
	recs := []Record{
		{"info", 200, 0.25, true, `user "ana" logged in`, 0x1f},
		{"warn", -7, 1e-9, false, "tab\there\nnewline ✓", 0},
		{"error", 503, 3.0, false, "emoji 🚀 and \x00 nul", 0xdeadbeef},
	}
	buf := make([]byte, 0, 256)
	for _, r := range recs {
		buf = Encode(buf[:0], r) // reuse the same backing array
		line := string(buf)
		fmt.Println(line)
		back, err := Decode(line)
		fmt.Printf("  round trip equal=%t err=%v\n", back == r, err)
	}

	for _, bad := range []string{
		"level=x code=99999999999 ratio=abc ok=maybe flags=0x10",
		`level=y msg="unterminated`,
	} {
		_, err := Decode(bad)
		fmt.Printf("decode %q:\n  %v\n", bad, strings.ReplaceAll(err.Error(), "\n", "\n  "))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("  first NumError: func=%s num=%q range=%t\n", ne.Func, ne.Num, errors.Is(ne, strconv.ErrRange))
		}
	}

	s := "héllo\u2028wörld\a"
	fmt.Println(strconv.Quote(s))
	fmt.Println(strconv.QuoteToASCII(s))
	fmt.Println(strconv.QuoteToGraphic(s))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.CanBackquote("a`b"))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(255, 36), strconv.Itoa(1<<20))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234567.0, 'e', 3, 64))
	n, err := strconv.Atoi(" 42")
	fmt.Println("Atoi with space:", n, err)
}
