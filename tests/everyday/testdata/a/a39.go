// Run-length and delta encodings for sensor readings, verified with CRC32 and size comparisons.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
)

// RLE over bytes: pairs of (count, value), count 1..255.
func rleEncode(data []byte) []byte {
	var out bytes.Buffer
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out.WriteByte(byte(j - i))
		out.WriteByte(data[i])
		i = j
	}
	return out.Bytes()
}

var ErrCorrupt = errors.New("corrupt stream")

func rleDecode(enc []byte) ([]byte, error) {
	if len(enc)%2 != 0 {
		return nil, fmt.Errorf("%w: odd length %d", ErrCorrupt, len(enc))
	}
	var out bytes.Buffer
	for i := 0; i < len(enc); i += 2 {
		if enc[i] == 0 {
			return nil, fmt.Errorf("%w: zero run at offset %d", ErrCorrupt, i)
		}
		out.Write(bytes.Repeat(enc[i+1:i+2], int(enc[i])))
	}
	return out.Bytes(), nil
}

// Delta + zigzag varint encoding for int32 time series.
func deltaEncode(vals []int32) []byte {
	var buf []byte
	prev := int32(0)
	for _, v := range vals {
		buf = binary.AppendVarint(buf, int64(v-prev))
		prev = v
	}
	return buf
}

func deltaDecode(b []byte) ([]int32, error) {
	var out []int32
	prev := int64(0)
	for len(b) > 0 {
		d, n := binary.Varint(b)
		if n <= 0 {
			return nil, fmt.Errorf("%w: bad varint", ErrCorrupt)
		}
		prev += d
		out = append(out, int32(prev))
		b = b[n:]
	}
	return out, nil
}

type Frame struct {
	Kind    string
	Payload []byte
}

func (f Frame) Marshal() []byte {
	var b bytes.Buffer
	b.WriteString(f.Kind[:1])
	binary.Write(&b, binary.BigEndian, uint16(len(f.Payload)))
	b.Write(f.Payload)
	binary.Write(&b, binary.BigEndian, crc32.ChecksumIEEE(f.Payload))
	return b.Bytes()
}

func ratio(a, b int) string { return fmt.Sprintf("%5.1f%%", 100*float64(a)/float64(b)) }

func main() {
	status := []byte(strings.Repeat("O", 40) + "WW" + strings.Repeat("O", 300) + "EEEE" + strings.Repeat("O", 20))
	rle := rleEncode(status)
	back, err := rleDecode(rle)
	fmt.Printf("status log: %d bytes -> RLE %d bytes (%s), roundtrip ok=%v err=%v\n",
		len(status), len(rle), ratio(len(rle), len(status)), bytes.Equal(back, status), err)
	fmt.Printf("  RLE pairs:")
	for i := 0; i < len(rle); i += 2 {
		fmt.Printf(" %d×%c", rle[i], rle[i+1])
	}
	fmt.Println()

	text := []byte("abcdefg")
	fmt.Printf("incompressible %q -> %d bytes (%s)\n", text, len(rleEncode(text)), ratio(len(rleEncode(text)), len(text)))

	for _, bad := range [][]byte{{3, 'a', 0, 'b'}, {2, 'x', 1}} {
		_, err := rleDecode(bad)
		fmt.Printf("decode % x: %v (corrupt=%v)\n", bad, err, errors.Is(err, ErrCorrupt))
	}

	// Temperature readings in centi-degrees: slowly varying, ideal for delta coding.
	temps := []int32{2150, 2152, 2153, 2153, 2151, 2149, 2150, 2160, 2175, 2180, 2178, 2170, 2165, 2160, -500, 2158}
	raw := make([]byte, 4*len(temps))
	for i, t := range temps {
		binary.LittleEndian.PutUint32(raw[4*i:], uint32(t))
	}
	delta := deltaEncode(temps)
	decoded, err := deltaDecode(delta)
	fmt.Printf("\ntemps: raw %d bytes -> delta-varint %d bytes (%s), ok=%v err=%v\n",
		len(raw), len(delta), ratio(len(delta), len(raw)), fmt.Sprint(decoded) == fmt.Sprint(temps), err)
	fmt.Printf("  delta bytes: % x\n", delta)
	fmt.Print("  values °C: ")
	for _, t := range decoded {
		fmt.Printf("%.2f ", float64(t)/100)
	}
	fmt.Println()

	frames := []Frame{{"status", rle}, {"temps", delta}}
	var stream bytes.Buffer
	for _, f := range frames {
		m := f.Marshal()
		fmt.Printf("\nframe %-6s len=%3d crc=%08x b64=%s", f.Kind, len(m), crc32.ChecksumIEEE(f.Payload), base64.StdEncoding.EncodeToString(m[:min(len(m), 24)]))
		stream.Write(m)
	}
	fmt.Printf("\n\nstream total %d bytes, crc32=%08x, castagnoli=%08x\n",
		stream.Len(), crc32.ChecksumIEEE(stream.Bytes()), crc32.Checksum(stream.Bytes(), crc32.MakeTable(crc32.Castagnoli)))

	// Incremental CRC equals one-shot CRC.
	h := crc32.NewIEEE()
	for _, chunk := range bytes.SplitAfter(stream.Bytes(), []byte{'t'}) {
		h.Write(chunk)
	}
	fmt.Printf("incremental crc32=%08x matches=%v\n", h.Sum32(), h.Sum32() == crc32.ChecksumIEEE(stream.Bytes()))
	upd := crc32.Update(0, crc32.IEEETable, stream.Bytes()[:10])
	upd = crc32.Update(upd, crc32.IEEETable, stream.Bytes()[10:])
	fmt.Printf("crc32.Update chained=%08x\n", upd)
}
