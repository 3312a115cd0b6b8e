// Encode/decode tokens and payloads with base64 (std, URL, raw) and hex.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
)

// Token layout: version(1) | userID(4, big endian) | expiry unix(8) | scope string | crc32(4)
type Token struct {
	Version byte
	UserID  uint32
	Expiry  int64
	Scope   string
}

var ErrChecksum = errors.New("token checksum mismatch")

func (t Token) Encode() string {
	var buf bytes.Buffer
	buf.WriteByte(t.Version)
	binary.Write(&buf, binary.BigEndian, t.UserID)
	binary.Write(&buf, binary.BigEndian, t.Expiry)
	buf.WriteString(t.Scope)
	sum := crc32.ChecksumIEEE(buf.Bytes())
	binary.Write(&buf, binary.BigEndian, sum)
	return base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

func DecodeToken(s string) (Token, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Token{}, fmt.Errorf("decode token: %w", err)
	}
	if len(raw) < 17 {
		return Token{}, fmt.Errorf("token too short: %d bytes", len(raw))
	}
	body, tail := raw[:len(raw)-4], raw[len(raw)-4:]
	if crc32.ChecksumIEEE(body) != binary.BigEndian.Uint32(tail) {
		return Token{}, ErrChecksum
	}
	return Token{
		Version: body[0],
		UserID:  binary.BigEndian.Uint32(body[1:5]),
		Expiry:  int64(binary.BigEndian.Uint64(body[5:13])),
		Scope:   string(body[13:]),
	}, nil
}

func showEncodings(label string, data []byte) {
	fmt.Printf("%s (%d bytes)\n", label, len(data))
	fmt.Printf("  hex        %s\n", hex.EncodeToString(data))
	fmt.Printf("  std        %s\n", base64.StdEncoding.EncodeToString(data))
	fmt.Printf("  url        %s\n", base64.URLEncoding.EncodeToString(data))
	fmt.Printf("  raw-std    %s\n", base64.RawStdEncoding.EncodeToString(data))
	fmt.Printf("  len b64    %d (raw %d)\n", base64.StdEncoding.EncodedLen(len(data)), base64.RawStdEncoding.EncodedLen(len(data)))
}

func main() {
	showEncodings("ascii", []byte("hello, world"))
	showEncodings("binary", []byte{0xfb, 0xff, 0xbf, 0x00, 0x3e, 0x3f})

	tokens := []Token{
		{1, 42, 1735689600, "read:reports"},
		{2, 4000000000, 1767225600, "admin"},
	}
	fmt.Println("\nTokens:")
	var encoded []string
	for _, t := range tokens {
		s := t.Encode()
		encoded = append(encoded, s)
		fmt.Printf("  %+v\n    -> %s\n", t, s)
	}

	tampered := []byte(encoded[0])
	tampered[len(tampered)/2] ^= 0x01
	cases := append(encoded, string(tampered), "not*base64!", "AAAA")
	fmt.Println("\nDecoding:")
	for _, c := range cases {
		t, err := DecodeToken(c)
		switch {
		case errors.Is(err, ErrChecksum):
			fmt.Printf("  %-28.28s TAMPERED\n", c)
		case err != nil:
			fmt.Printf("  %-28.28s error: %v\n", c, err)
		default:
			fmt.Printf("  %-28.28s user=%d scope=%q v%d\n", c, t.UserID, t.Scope, t.Version)
		}
	}

	fmt.Println("\nHex round-trips:")
	for _, h := range []string{"48656c6c6f", "DEADBEEF", "abc", "zz00"} {
		b, err := hex.DecodeString(h)
		if err != nil {
			fmt.Printf("  %-10s error: %v\n", h, err)
			continue
		}
		fmt.Printf("  %-10s %v %q\n", h, b, b)
	}

	// Streaming encoder into a builder, wrapped at 20 columns like a PEM body.
	var sb strings.Builder
	enc := base64.NewEncoder(base64.StdEncoding, &sb)
	enc.Write(bytes.Repeat([]byte("data-engineering "), 3))
	enc.Close()
	body := sb.String()
	fmt.Println("\nWrapped:")
	for i := 0; i < len(body); i += 20 {
		fmt.Println("  " + body[i:min(i+20, len(body))])
	}
}
