package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

func encodeRecord(h Header, payload []byte) []byte {
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, h)
	buf.Write(payload)
	sum := crc32.ChecksumIEEE(buf.Bytes())
	binary.Write(&buf, binary.LittleEndian, sum)
	return buf.Bytes()
}

func decodeRecord(data []byte) (Header, []byte, error) {
	var h Header
	r := bytes.NewReader(data)
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	payload := make([]byte, h.Length)
	if _, err := io.ReadFull(r, payload); err != nil {
		return h, nil, fmt.Errorf("payload: %w", err)
	}
	var sum uint32
	if err := binary.Read(r, binary.LittleEndian, &sum); err != nil {
		return h, nil, fmt.Errorf("checksum: %w", err)
	}
	if want := crc32.ChecksumIEEE(data[:len(data)-4]); want != sum {
		return h, nil, fmt.Errorf("crc mismatch %08x != %08x", sum, want)
	}
	return h, payload, nil
}

func rle(data []byte) []byte {
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

func main() {
	payload := []byte("hello, binary world")
	h := Header{Magic: [4]byte{'G', 'O', 'P', 'H'}, Version: 3, Flags: 0x8001, Length: uint32(len(payload))}
	rec := encodeRecord(h, payload)
	fmt.Println("record len:", len(rec))
	fmt.Println(hex.EncodeToString(rec[:12]))
	fmt.Print(hex.Dump(rec[:20]))

	h2, p2, err := decodeRecord(rec)
	fmt.Printf("%+v %q %v\n", h2, p2, err)
	fmt.Println(string(h2.Magic[:]), h2 == h)

	corrupt := bytes.Clone(rec)
	corrupt[14] ^= 0xFF
	_, _, err = decodeRecord(corrupt)
	fmt.Println("corrupt:", err)
	_, _, err = decodeRecord(rec[:10])
	fmt.Println("truncated:", err, errors.Is(err, io.ErrUnexpectedEOF))

	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("sha256(abc) = %x\n", sum)
	fmt.Println("crc32:", crc32.ChecksumIEEE([]byte("The quick brown fox jumps over the lazy dog")))

	enc := base64.StdEncoding.EncodeToString([]byte("any carnal pleas?>"))
	urlEnc := base64.URLEncoding.EncodeToString([]byte("any carnal pleas?>"))
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	dec, _ := base64.StdEncoding.DecodeString(enc)
	fmt.Println(enc, urlEnc, raw, string(dec))
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println("bad base64:", err)

	b, err := hex.DecodeString("476f7068657273")
	fmt.Println(string(b), err)

	data := []byte("aaaabbbcccccccccd")
	packed := rle(data)
	fmt.Println(packed, len(data), "->", len(packed))

	var bb bytes.Buffer
	bb.WriteString("  Field1   field2\tFIELD3  ")
	fields := bytes.Fields(bb.Bytes())
	fmt.Printf("%q %d\n", fields, bb.Len())
	fmt.Println(string(bytes.ToUpper(fields[1])), bytes.Equal(bytes.ToLower(fields[2]), []byte("field3")), bytes.Contains(bb.Bytes(), []byte("d2")))
	line, err := bb.ReadString('1')
	fmt.Printf("%q %v rest=%q\n", line, err, bb.String())

	u := make([]byte, 8)
	binary.BigEndian.PutUint32(u, 0xDEADBEEF)
	binary.LittleEndian.PutUint16(u[4:], 0x1234)
	fmt.Printf("% X %d\n", u, binary.BigEndian.Uint16(u[4:]))
	vb := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(vb)
	fmt.Println(vb, v, n)
}
