package main

import (
	"encoding/base32"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
)

// Codec is a generic RFC 4648 style encoder for 2^bits alphabets.
type Codec struct {
	Name     string
	Alphabet string
	Bits     uint // 6 for base64, 5 for base32
	Pad      bool
	decode   [256]int8
}

func NewCodec(name, alphabet string, bits uint, pad bool) *Codec {
	c := &Codec{Name: name, Alphabet: alphabet, Bits: bits, Pad: pad}
	for i := range c.decode {
		c.decode[i] = -1
	}
	for i := 0; i < len(alphabet); i++ {
		c.decode[alphabet[i]] = int8(i)
	}
	return c
}

// block returns how many output chars make one padded quantum.
func (c *Codec) block() int {
	if c.Bits == 6 {
		return 4
	}
	return 8
}

func (c *Codec) Encode(src []byte) string {
	var sb strings.Builder
	var acc uint32
	var n uint
	mask := uint32(1)<<c.Bits - 1
	for _, b := range src {
		acc = acc<<8 | uint32(b)
		n += 8
		for n >= c.Bits {
			n -= c.Bits
			sb.WriteByte(c.Alphabet[acc>>n&mask])
		}
	}
	if n > 0 {
		sb.WriteByte(c.Alphabet[acc<<(c.Bits-n)&mask])
	}
	if c.Pad {
		for sb.Len()%c.block() != 0 {
			sb.WriteByte('=')
		}
	}
	return sb.String()
}

type CorruptError struct {
	Offset int
	Char   byte
	Reason string
}

func (e *CorruptError) Error() string {
	return fmt.Sprintf("illegal data at offset %d (%q): %s", e.Offset, e.Char, e.Reason)
}

func (c *Codec) Decode(s string) ([]byte, error) {
	var out []byte
	var acc uint32
	var n uint
	body := strings.TrimRight(s, "=")
	if c.Pad && len(s)%c.block() != 0 {
		return nil, &CorruptError{len(s), 0, "length not a multiple of block size"}
	}
	if len(s)-len(body) > c.block()-2 {
		return nil, &CorruptError{len(body), '=', "too much padding"}
	}
	for i := 0; i < len(body); i++ {
		v := c.decode[body[i]]
		if v < 0 {
			return nil, &CorruptError{i, body[i], "not in alphabet"}
		}
		acc = acc<<c.Bits | uint32(v)
		n += c.Bits
		if n >= 8 {
			n -= 8
			out = append(out, byte(acc>>n))
		}
	}
	if n >= c.Bits || acc&(1<<n-1) != 0 {
		return nil, &CorruptError{len(body) - 1, body[len(body)-1], "trailing bits not zero"}
	}
	return out, nil
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func main() {
	codecs := []struct {
		mine *Codec
		std  interface{ EncodeToString([]byte) string }
	}{
		{NewCodec("std64", b64+"+/", 6, true), base64.StdEncoding},
		{NewCodec("url64-raw", b64+"-_", 6, false), base64.RawURLEncoding},
		{NewCodec("base32", "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 5, true), base32.StdEncoding},
		{NewCodec("base32hex", "0123456789ABCDEFGHIJKLMNOPQRSTUV", 5, false), base32.HexEncoding.WithPadding(base32.NoPadding)},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd?>"}
	for _, c := range codecs {
		fmt.Printf("== %s\n", c.mine.Name)
		for _, in := range inputs {
			enc := c.mine.Encode([]byte(in))
			dec, err := c.mine.Decode(enc)
			fmt.Printf("  %-16q -> %-18s std=%-5v back=%v err=%v\n", in, enc, enc == c.std.EncodeToString([]byte(in)), string(dec) == in, err)
		}
	}
	std := codecs[0].mine
	fmt.Println("== bad input for std64")
	for _, bad := range []string{"Zm9v!mFy", "Zm9vYg=", "Zm9vYh==", "Zm9v====", "Zg=="} {
		out, err := std.Decode(bad)
		var ce *CorruptError
		if errors.As(err, &ce) {
			_, stdErr := base64.StdEncoding.DecodeString(bad)
			fmt.Printf("  %-10s offset=%d reason=%q | stdlib: %v\n", bad, ce.Offset, ce.Reason, stdErr)
		} else {
			fmt.Printf("  %-10s ok %q\n", bad, out)
		}
	}
}
