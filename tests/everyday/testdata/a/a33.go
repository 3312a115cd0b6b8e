// Hex dump tool: xxd-style dumps, hex.Dump comparison, and a tiny binary header parser.
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
)

func xxd(data []byte, width int) string {
	var b strings.Builder
	for off := 0; off < len(data); off += width {
		chunk := data[off:min(off+width, len(data))]
		fmt.Fprintf(&b, "%08x: ", off)
		for i := 0; i < width; i++ {
			if i < len(chunk) {
				fmt.Fprintf(&b, "%02x", chunk[i])
			} else {
				b.WriteString("  ")
			}
			if i%2 == 1 {
				b.WriteByte(' ')
			}
		}
		b.WriteByte(' ')
		for _, c := range chunk {
			if c >= 0x20 && c < 0x7f {
				b.WriteByte(c)
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// A made-up container: magic "DPK1", u16 version, u16 flags, u32 record count, u32 payload len, payload, u32 crc.
type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Records uint32
	Length  uint32
}

var (
	ErrMagic = errors.New("bad magic")
	ErrCRC   = errors.New("crc mismatch")
)

func build(records []string, flags uint16) []byte {
	payload := []byte(strings.Join(records, "\x00"))
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'D', 'P', 'K', '1'}, Version: 3, Flags: flags, Records: uint32(len(records)), Length: uint32(len(payload))}
	binary.Write(&buf, binary.LittleEndian, h)
	buf.Write(payload)
	binary.Write(&buf, binary.LittleEndian, crc32.ChecksumIEEE(buf.Bytes()))
	return buf.Bytes()
}

func parse(data []byte) (Header, []string, error) {
	var h Header
	r := bytes.NewReader(data)
	if err := binary.Read(r, binary.LittleEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	if string(h.Magic[:]) != "DPK1" {
		return h, nil, fmt.Errorf("%w: %q", ErrMagic, h.Magic[:])
	}
	size := binary.Size(h)
	end := size + int(h.Length)
	if end+4 > len(data) {
		return h, nil, fmt.Errorf("truncated: need %d bytes, have %d", end+4, len(data))
	}
	want := binary.LittleEndian.Uint32(data[end:])
	if got := crc32.ChecksumIEEE(data[:end]); got != want {
		return h, nil, fmt.Errorf("%w: got %08x want %08x", ErrCRC, got, want)
	}
	recs := strings.Split(string(data[size:end]), "\x00")
	return h, recs, nil
}

func main() {
	pkg := build([]string{"alpha", "beta", "gamma-ray", "δ"}, 0x0005)
	fmt.Printf("package is %d bytes (header %d)\n\n", len(pkg), binary.Size(Header{}))
	fmt.Print(xxd(pkg, 16))
	fmt.Println("\nencoding/hex.Dump of first 24 bytes:")
	fmt.Print(hex.Dump(pkg[:24]))

	h, recs, err := parse(pkg)
	fmt.Printf("\nparsed: %+v\n  magic=%s flags=%016b records=%q err=%v\n", h, h.Magic[:], h.Flags, recs, err)

	corrupt := bytes.Clone(pkg)
	corrupt[20] ^= 0x20
	_, _, err = parse(corrupt)
	fmt.Printf("\ncorrupted byte 20: %v (is ErrCRC: %v)\n", err, errors.Is(err, ErrCRC))

	wrongMagic := bytes.Clone(pkg)
	copy(wrongMagic, "ZIP!")
	_, _, err = parse(wrongMagic)
	fmt.Printf("wrong magic:       %v (is ErrMagic: %v)\n", err, errors.Is(err, ErrMagic))

	_, _, err = parse(pkg[:len(pkg)-6])
	fmt.Printf("truncated:         %v\n", err)
	_, _, err = parse(pkg[:7])
	fmt.Printf("tiny input:        %v\n", err)

	fmt.Println("\nendianness of uint32 0x01020304:")
	le, be := make([]byte, 4), make([]byte, 4)
	binary.LittleEndian.PutUint32(le, 0x01020304)
	binary.BigEndian.PutUint32(be, 0x01020304)
	fmt.Printf("  little % x\n  big    % x\n", le, be)
	vb := binary.AppendUvarint(nil, 300)
	vs := binary.AppendVarint(nil, -300)
	fmt.Printf("  uvarint(300)=% x varint(-300)=% x\n", vb, vs)
	dec, n := binary.Uvarint(vb)
	fmt.Printf("  decoded %d from %d bytes\n", dec, n)
}
