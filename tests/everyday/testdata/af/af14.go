package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

var (
	ErrOverflow  = errors.New("varint overflows 64 bits")
	ErrTruncated = errors.New("varint truncated")
)

// appendUvarint is a hand-written LEB128 encoder.
func appendUvarint(dst []byte, x uint64) []byte {
	for x >= 0x80 {
		dst = append(dst, byte(x)|0x80)
		x >>= 7
	}
	return append(dst, byte(x))
}

func zigzag(v int64) uint64   { return uint64(v<<1) ^ uint64(v>>63) }
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// readUvarint decodes one varint, returning bytes consumed.
func readUvarint(b []byte) (uint64, int, error) {
	var x uint64
	var shift uint
	for i, c := range b {
		if i == 10 || i == 9 && c > 1 {
			return 0, i + 1, ErrOverflow
		}
		x |= uint64(c&0x7F) << shift
		if c < 0x80 {
			return x, i + 1, nil
		}
		shift += 7
	}
	return 0, len(b), ErrTruncated
}

func deltaEncode(ids []uint64) []byte {
	var out []byte
	prev := uint64(0)
	for _, id := range ids {
		out = appendUvarint(out, id-prev)
		prev = id
	}
	return out
}

func deltaDecode(b []byte) ([]uint64, error) {
	var ids []uint64
	prev := uint64(0)
	for len(b) > 0 {
		d, n, err := readUvarint(b)
		if err != nil {
			return ids, fmt.Errorf("id #%d: %w", len(ids), err)
		}
		prev += d
		ids = append(ids, prev)
		b = b[n:]
	}
	return ids, nil
}

func main() {
	fmt.Println("unsigned LEB128:")
	for _, x := range []uint64{0, 1, 127, 128, 300, 16383, 16384, 1 << 32, math.MaxUint64} {
		mine := appendUvarint(nil, x)
		std := binary.AppendUvarint(nil, x)
		back, n, _ := readUvarint(mine)
		fmt.Printf("  %-20d % -30x len=%-2d same-as-stdlib=%v roundtrip=%v\n", x, mine, n, bytes.Equal(mine, std), back == x)
	}
	fmt.Println("zigzag signed:")
	for _, v := range []int64{0, -1, 1, -2, 2, -64, 64, math.MinInt64, math.MaxInt64} {
		z := zigzag(v)
		std := binary.AppendVarint(nil, v)
		mine := appendUvarint(nil, z)
		fmt.Printf("  %-20d zz=%-20d bytes=%-2d stdlib-match=%v back=%d\n", v, z, len(mine), bytes.Equal(mine, std), unzigzag(z))
	}

	fmt.Println("malformed input:")
	for _, b := range [][]byte{
		{0x80, 0x80},
		{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02},
		{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01},
		{},
	} {
		v, n, err := readUvarint(b)
		_, stdErr := binary.ReadUvarint(bytes.NewReader(b))
		fmt.Printf("  % -30x -> v=%d n=%d err=%v | stdlib: %v\n", b, v, n, err, stdErr)
	}

	ids := []uint64{1000, 1003, 1004, 1010, 1200, 70000, 70001, 5000000}
	enc := deltaEncode(ids)
	fmt.Printf("delta: %d ids -> %d bytes (fixed 8-byte: %d): % x\n", len(ids), len(enc), 8*len(ids), enc)
	got, err := deltaDecode(enc)
	fmt.Println("decoded:", got, err)
	_, err = deltaDecode(enc[:len(enc)-1])
	fmt.Println("cut short:", err, "| is truncated:", errors.Is(err, ErrTruncated))

	r := bytes.NewReader(enc)
	var sum uint64
	for {
		d, err := binary.ReadUvarint(r)
		if err == io.EOF {
			break
		}
		sum += d
	}
	fmt.Println("stdlib reader sum of deltas:", sum, "== last id:", sum == ids[len(ids)-1])
}
