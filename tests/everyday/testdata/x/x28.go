package main

import (
	"bytes"
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

func encodePacket(payload []byte, flags uint16) []byte {
	var buf bytes.Buffer
	h := Header{Magic: [4]byte{'G', 'O', 'P', 'K'}, Version: 2, Flags: flags, Length: uint32(len(payload))}
	binary.Write(&buf, binary.BigEndian, h)
	buf.Write(payload)
	var crc [4]byte
	binary.BigEndian.PutUint32(crc[:], crc32.ChecksumIEEE(payload))
	buf.Write(crc[:])
	return buf.Bytes()
}

func decodePacket(data []byte) (Header, []byte, error) {
	var h Header
	r := bytes.NewReader(data)
	if err := binary.Read(r, binary.BigEndian, &h); err != nil {
		return h, nil, fmt.Errorf("header: %w", err)
	}
	payload := make([]byte, h.Length)
	if _, err := io.ReadFull(r, payload); err != nil {
		return h, nil, fmt.Errorf("payload: %w", err)
	}
	var crc uint32
	if err := binary.Read(r, binary.BigEndian, &crc); err != nil {
		return h, nil, fmt.Errorf("crc: %w", err)
	}
	if crc != crc32.ChecksumIEEE(payload) {
		return h, nil, errors.New("checksum mismatch")
	}
	return h, payload, nil
}

func main() {
	pkt := encodePacket([]byte("héllo, wörld"), 0x8001)
	fmt.Println("packet:", hex.EncodeToString(pkt))
	fmt.Print(hex.Dump(pkt[:24]))
	h, p, err := decodePacket(pkt)
	fmt.Printf("%+v %q %v\n", h, p, err)
	fmt.Printf("magic=%s flags=%016b\n", h.Magic[:], h.Flags)

	corrupt := bytes.Clone(pkt)
	corrupt[14] ^= 0xFF
	_, _, err = decodePacket(corrupt)
	fmt.Println("corrupt:", err)
	_, _, err = decodePacket(pkt[:10])
	fmt.Println("short:", err, errors.Is(err, io.ErrUnexpectedEOF))

	msg := []byte("Go is fun?>")
	fmt.Println(base64.StdEncoding.EncodeToString(msg))
	fmt.Println(base64.URLEncoding.EncodeToString(msg))
	fmt.Println(base64.RawStdEncoding.EncodeToString(msg))
	dec, err := base64.StdEncoding.DecodeString("SGVsbG8sIOS4lueVjA==")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("not base64!")
	fmt.Println(err)

	hb, err := hex.DecodeString("cafeBABE")
	fmt.Println(hb, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)

	le := make([]byte, 8)
	binary.LittleEndian.PutUint64(le, 0x0102030405060708)
	fmt.Printf("% x | %d\n", le, binary.BigEndian.Uint64(le))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -5)
	fmt.Printf("varints: %x\n", vb)
	x, n := binary.Uvarint(vb)
	y, m := binary.Varint(vb[n:])
	fmt.Println(x, n, y, m, binary.Size(Header{}))

	var bb bytes.Buffer
	bb.WriteString("line one\nline two\n")
	bb.WriteByte('!')
	line, _ := bb.ReadString('\n')
	fmt.Printf("%q remaining=%d\n", line, bb.Len())
	fmt.Println(bytes.ToUpper(bb.Bytes()), bytes.Count([]byte("cheese"), []byte("e")), bytes.Equal(nil, []byte{}))
	fields := bytes.Fields([]byte("  a  bb ccc "))
	fmt.Printf("%q %s\n", fields, bytes.Join(fields, []byte("-")))
}
