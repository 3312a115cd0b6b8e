package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdef"

func encode(p []byte) string {
	out := make([]byte, 2*len(p))
	for i, b := range p {
		out[2*i], out[2*i+1] = digits[b>>4], digits[b&0x0f]
	}
	return string(out)
}

type InvalidByteError struct {
	Offset int
	Byte   byte
}

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("invalid hex byte %q at offset %d", e.Byte, e.Offset)
}

var ErrOddLength = errors.New("odd length hex string")

func nibble(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func decode(s string) ([]byte, error) {
	out := make([]byte, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		hi, ok := nibble(s[i])
		if !ok {
			return out, InvalidByteError{i, s[i]}
		}
		lo, ok := nibble(s[i+1])
		if !ok {
			return out, InvalidByteError{i + 1, s[i+1]}
		}
		out = append(out, hi<<4|lo)
	}
	if len(s)%2 == 1 {
		return out, ErrOddLength
	}
	return out, nil
}

// dump renders the canonical "hexdump -C" layout.
func dump(p []byte) string {
	var b strings.Builder
	for off := 0; off < len(p); off += 16 {
		row := p[off:min(off+16, len(p))]
		fmt.Fprintf(&b, "%08x ", off)
		for i := 0; i < 16; i++ {
			if i == 8 {
				b.WriteByte(' ')
			}
			if i < len(row) {
				fmt.Fprintf(&b, " %s", encode(row[i:i+1]))
			} else {
				b.WriteString("   ")
			}
		}
		b.WriteString("  |")
		for _, c := range row {
			if c < 32 || c > 126 {
				c = '.'
			}
			b.WriteByte(c)
		}
		b.WriteString("|\n")
	}
	fmt.Fprintf(&b, "%08x\n", len(p))
	return b.String()
}

// undump parses the output of dump back into bytes.
func undump(text string) ([]byte, error) {
	var out []byte
	sc := bufio.NewScanner(strings.NewReader(text))
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		offStr, rest, _ := strings.Cut(l, " ")
		off, err := strconv.ParseUint(offStr, 16, 32)
		if err != nil {
			return nil, fmt.Errorf("line %d: bad offset: %w", line, err)
		}
		if int(off) != len(out) {
			return nil, fmt.Errorf("line %d: offset %d but have %d bytes", line, off, len(out))
		}
		hexPart, _, _ := strings.Cut(rest, "|")
		chunk, err := decode(strings.Join(strings.Fields(hexPart), ""))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, chunk...)
	}
	return out, nil
}

func main() {
	data := []byte("Hand-written hex!\x00\x01\x02\x7f\x80\xff and a tail that spans rows.")
	fmt.Println("hex:", encode(data[:20]))
	fmt.Println("matches encoding/hex:", encode(data) == hex.EncodeToString(data))
	d := dump(data)
	fmt.Print(d)
	fmt.Println("same as hex.Dump body:", strings.HasPrefix(hex.Dump(data), d[:len(d)-9]))
	back, err := undump(d)
	fmt.Println("undump round trip:", bytes.Equal(back, data), err)

	for _, s := range []string{"48656c6C6f", "abc", "12zz", "", "0g"} {
		b, err := decode(s)
		var ib InvalidByteError
		switch {
		case errors.As(err, &ib):
			fmt.Printf("decode %-12q -> partial %q, bad byte %q at %d\n", s, b, ib.Byte, ib.Offset)
		case errors.Is(err, ErrOddLength):
			fmt.Printf("decode %-12q -> partial %q, odd length\n", s, b)
		default:
			fmt.Printf("decode %-12q -> %q\n", s, b)
		}
	}
	broken := strings.Replace(d, "00000010", "00000020", 1)
	_, err = undump(broken)
	fmt.Println("tampered dump:", err)
	_, err = undump("00000000  4x 41\n")
	fmt.Println("bad digit dump:", err)
}
