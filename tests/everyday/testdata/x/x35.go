package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func classify(r rune) string {
	var cls []string
	if unicode.IsLetter(r) {
		cls = append(cls, "L")
	}
	if unicode.IsUpper(r) {
		cls = append(cls, "Lu")
	}
	if unicode.IsDigit(r) {
		cls = append(cls, "Nd")
	}
	if unicode.IsNumber(r) {
		cls = append(cls, "N")
	}
	if unicode.IsSpace(r) {
		cls = append(cls, "Z")
	}
	if unicode.IsPunct(r) {
		cls = append(cls, "P")
	}
	if unicode.IsSymbol(r) {
		cls = append(cls, "S")
	}
	if unicode.Is(unicode.Han, r) {
		cls = append(cls, "Han")
	}
	if unicode.In(r, unicode.Greek, unicode.Cyrillic) {
		cls = append(cls, "GrCy")
	}
	return strings.Join(cls, ",")
}

func main() {
	s := "Héllo, 世界! Ωμέγα ½ €5"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)), len([]byte(s)))
	for i, r := range s[:9] {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(s[1], s[1:3], string(s[1]), string(rune(s[1])), []byte(s[:3]))
	fmt.Println(reverseRunes(s))
	fmt.Println(strings.ToUpper(s), strings.ToLower("ΩΜΈΓΑ"), strings.ToTitle("ǆ"))
	for _, r := range "aZ7 ,世½€Ω\t٣" {
		fmt.Printf("%q=%s ", r, classify(r))
	}
	fmt.Println()

	bad := string([]byte{0x66, 0xff, 0x6f})
	fmt.Println(utf8.ValidString(bad), []rune(bad), strings.ToValidUTF8(bad, "?"))
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(r, size, string(r), utf8.RuneLen('𝄞'), string(rune(65)), string(rune(-1)))
	buf := utf8.AppendRune(nil, '世')
	fmt.Printf("% x %d\n", buf, len(buf))

	fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.Quote("tab\there\x00"))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)

	for _, in := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 64}, {"0o17", 0, 64}, {"0b101", 0, 64}, {"777", 8, 64}, {"300", 10, 8}, {"z", 36, 64}, {"12a", 10, 64}} {
		v, err := strconv.ParseInt(in.s, in.base, in.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", in.s, in.base, in.bits, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err, strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-0))
	bv, err := strconv.ParseBool("T")
	fmt.Println(bv, err, strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuote(nil, "q")))
	fl, err := strconv.ParseFloat("1e-3", 64)
	fmt.Println(fl, err, strconv.FormatFloat(fl, 'e', 2, 64))

	title := []rune("élan vital")
	title[0] = unicode.ToUpper(title[0])
	fmt.Println(string(title), strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "Go Lang"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
}
