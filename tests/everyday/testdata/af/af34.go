package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

type BitWriter struct {
	buf []byte
	n   int // bits written
}

func (w *BitWriter) WriteBits(v uint64, width int) {
	for i := width - 1; i >= 0; i-- {
		if w.n%8 == 0 {
			w.buf = append(w.buf, 0)
		}
		w.buf[w.n/8] |= byte(v>>uint(i)&1) << (7 - uint(w.n%8))
		w.n++
	}
}

type BitReader struct {
	buf []byte
	pos int
}

func (r *BitReader) ReadBits(width int) (uint64, error) {
	if r.pos+width > len(r.buf)*8 {
		return 0, fmt.Errorf("need %d bits at bit %d: %w", width, r.pos, io.ErrUnexpectedEOF)
	}
	var v uint64
	for i := 0; i < width; i++ {
		v = v<<1 | uint64(r.buf[r.pos/8]>>(7-uint(r.pos%8))&1)
		r.pos++
	}
	return v, nil
}

func bitString(buf []byte, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 && i%8 == 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte('0' + buf[i/8]>>(7-uint(i%8))&1)
	}
	return sb.String()
}

// Header is a packed 40-bit record.
type Header struct {
	Version  uint8  // 3 bits
	Priority uint8  // 2 bits
	Urgent   bool   // 1 bit
	Kind     uint8  // 6 bits
	ID       uint16 // 14 bits
	Length   uint16 // 14 bits
}

var layout = []struct {
	name  string
	width int
}{{"version", 3}, {"priority", 2}, {"urgent", 1}, {"kind", 6}, {"id", 14}, {"length", 14}}

var ErrFieldRange = errors.New("value does not fit field")

func (h Header) Pack() ([]byte, error) {
	vals := []uint64{uint64(h.Version), uint64(h.Priority), 0, uint64(h.Kind), uint64(h.ID), uint64(h.Length)}
	if h.Urgent {
		vals[2] = 1
	}
	w := &BitWriter{}
	for i, f := range layout {
		if vals[i] >= 1<<f.width {
			return nil, fmt.Errorf("%s=%d (max %d): %w", f.name, vals[i], 1<<f.width-1, ErrFieldRange)
		}
		w.WriteBits(vals[i], f.width)
	}
	return w.buf, nil
}

func Unpack(b []byte) (Header, error) {
	r := &BitReader{buf: b}
	var vals [6]uint64
	for i, f := range layout {
		v, err := r.ReadBits(f.width)
		if err != nil {
			return Header{}, fmt.Errorf("field %s: %w", f.name, err)
		}
		vals[i] = v
	}
	return Header{uint8(vals[0]), uint8(vals[1]), vals[2] == 1, uint8(vals[3]), uint16(vals[4]), uint16(vals[5])}, nil
}

// Elias gamma: N-1 zeros followed by the N-bit binary of x (x >= 1).
func gamma(w *BitWriter, x uint64) {
	n := 0
	for t := x; t > 0; t >>= 1 {
		n++
	}
	w.WriteBits(0, n-1)
	w.WriteBits(x, n)
}

func ungamma(r *BitReader) (uint64, error) {
	zeros := 0
	for {
		b, err := r.ReadBits(1)
		if err != nil {
			return 0, err
		}
		if b == 1 {
			break
		}
		zeros++
	}
	rest, err := r.ReadBits(zeros)
	return 1<<uint(zeros) | rest, err
}

// Rice coding with parameter k: unary quotient, then k-bit remainder.
func rice(w *BitWriter, x uint64, k int) {
	for q := x >> uint(k); q > 0; q-- {
		w.WriteBits(1, 1)
	}
	w.WriteBits(0, 1)
	w.WriteBits(x, k)
}

func main() {
	headers := []Header{
		{Version: 5, Priority: 2, Urgent: true, Kind: 33, ID: 12345, Length: 1500},
		{Version: 1, Kind: 0, ID: 0, Length: 16383},
		{Version: 8, Kind: 1},
		{Version: 2, ID: 20000},
	}
	for _, h := range headers {
		b, err := h.Pack()
		if err != nil {
			fmt.Printf("pack %+v\n  error: %v (range error: %v)\n", h, err, errors.Is(err, ErrFieldRange))
			continue
		}
		back, err := Unpack(b)
		fmt.Printf("pack %+v\n  bytes % x | bits %s | roundtrip=%v %v\n", h, b, bitString(b, 40), back == h, err)
	}
	_, err := Unpack([]byte{0xAB, 0xCD})
	fmt.Println("short input:", err, "| unexpected EOF:", errors.Is(err, io.ErrUnexpectedEOF))

	values := []uint64{1, 2, 3, 4, 5, 9, 17, 100}
	g := &BitWriter{}
	for _, v := range values {
		gamma(g, v)
	}
	fmt.Printf("gamma %v -> %d bits: %s\n", values, g.n, bitString(g.buf, g.n))
	r := &BitReader{buf: g.buf}
	var decoded []uint64
	for r.pos < g.n {
		v, err := ungamma(r)
		if err != nil {
			fmt.Println("gamma decode error:", err)
			break
		}
		decoded = append(decoded, v)
	}
	fmt.Println("gamma decoded:", decoded)
	for _, k := range []int{0, 2, 4} {
		w := &BitWriter{}
		for _, v := range values {
			rice(w, v, k)
		}
		fmt.Printf("rice k=%d -> %3d bits (fixed 8-bit: %d)\n", k, w.n, 8*len(values))
	}
}
