package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Tags for a BER-flavoured TLV encoding.
const (
	TagInt  byte = 0x02
	TagStr  byte = 0x0C
	TagBool byte = 0x01
	TagSeq  byte = 0x30
	TagNull byte = 0x05
)

var tagNames = map[byte]string{TagInt: "INT", TagStr: "UTF8", TagBool: "BOOL", TagSeq: "SEQ", TagNull: "NULL"}

type Item struct {
	Tag      byte
	Value    []byte
	Children []Item
}

type DecodeError struct {
	Offset int
	Err    error
}

func (e *DecodeError) Error() string { return fmt.Sprintf("offset %d: %v", e.Offset, e.Err) }
func (e *DecodeError) Unwrap() error { return e.Err }

var ErrTruncated = errors.New("truncated")

func putLen(b *bytes.Buffer, n int) {
	switch {
	case n < 0x80:
		b.WriteByte(byte(n))
	case n <= 0xFF:
		b.Write([]byte{0x81, byte(n)})
	default:
		b.WriteByte(0x82)
		binary.Write(b, binary.BigEndian, uint16(n))
	}
}

func encode(b *bytes.Buffer, v any) {
	var inner bytes.Buffer
	tag := TagNull
	switch v := v.(type) {
	case int:
		tag = TagInt
		binary.Write(&inner, binary.BigEndian, int32(v))
	case string:
		tag = TagStr
		inner.WriteString(v)
	case bool:
		tag = TagBool
		inner.WriteByte(map[bool]byte{true: 0xFF}[v])
	case []any:
		tag = TagSeq
		for _, x := range v {
			encode(&inner, x)
		}
	}
	b.WriteByte(tag)
	putLen(b, inner.Len())
	inner.WriteTo(b)
}

func decode(r *bytes.Reader, base int) (Item, error) {
	off := base + int(r.Size()) - r.Len()
	tag, err := r.ReadByte()
	if err != nil {
		return Item{}, err
	}
	lb, err := r.ReadByte()
	if err != nil {
		return Item{}, &DecodeError{off, fmt.Errorf("length: %w", ErrTruncated)}
	}
	n := int(lb)
	if lb&0x80 != 0 {
		var ext [2]byte
		k := int(lb & 0x7F)
		if k < 1 || k > 2 {
			return Item{}, &DecodeError{off, fmt.Errorf("unsupported length form 0x%02x", lb)}
		}
		if _, err := io.ReadFull(r, ext[2-k:]); err != nil {
			return Item{}, &DecodeError{off, fmt.Errorf("long length: %w", ErrTruncated)}
		}
		n = int(binary.BigEndian.Uint16(ext[:]))
	}
	it := Item{Tag: tag, Value: make([]byte, n)}
	if _, err := io.ReadFull(r, it.Value); err != nil {
		return Item{}, &DecodeError{off, fmt.Errorf("%s value wants %d bytes: %w", tagNames[tag], n, ErrTruncated)}
	}
	if tag == TagSeq {
		sub := bytes.NewReader(it.Value)
		start := base + int(r.Size()) - r.Len() - n
		for sub.Len() > 0 {
			child, err := decode(sub, start)
			if err != nil {
				return Item{}, err
			}
			it.Children = append(it.Children, child)
		}
	} else if _, known := tagNames[tag]; !known {
		return Item{}, &DecodeError{off, fmt.Errorf("unknown tag 0x%02x", tag)}
	}
	return it, nil
}

func show(it Item, depth int) {
	pad := strings.Repeat("  ", depth)
	switch it.Tag {
	case TagSeq:
		fmt.Printf("%sSEQ (%d items, %d bytes)\n", pad, len(it.Children), len(it.Value))
		for _, c := range it.Children {
			show(c, depth+1)
		}
	case TagInt:
		fmt.Printf("%sINT %d\n", pad, int32(binary.BigEndian.Uint32(it.Value)))
	case TagStr:
		fmt.Printf("%sUTF8 %q\n", pad, it.Value)
	case TagBool:
		fmt.Printf("%sBOOL %v\n", pad, it.Value[0] != 0)
	default:
		fmt.Printf("%s%s\n", pad, tagNames[it.Tag])
	}
}

func main() {
	doc := []any{
		"order-1138",
		42,
		true,
		[]any{"widget", 3, -250},
		[]any{"gadget", 1, 1999, []any{nil, false}},
		strings.Repeat("long note ", 14),
	}
	var buf bytes.Buffer
	encode(&buf, doc)
	data := buf.Bytes()
	fmt.Printf("encoded %d bytes; head: % x\n", len(data), data[:16])
	it, err := decode(bytes.NewReader(data), 0)
	if err != nil {
		fmt.Println("unexpected:", err)
		return
	}
	show(it, 0)

	cases := []struct {
		name string
		data []byte
	}{
		{"cut in value", data[:40]},
		{"cut in length", []byte{TagSeq}},
		{"unknown tag", []byte{TagSeq, 0x03, 0x7E, 0x01, 0x00}},
		{"length form 0x83", []byte{TagStr, 0x83, 0, 0, 1}},
		{"child overflows", []byte{TagSeq, 0x03, TagStr, 0x05, 'a'}},
		{"empty input", nil},
	}
	for _, c := range cases {
		_, err := decode(bytes.NewReader(c.data), 0)
		var de *DecodeError
		if errors.As(err, &de) {
			fmt.Printf("%-17s -> at %d: %v (truncated=%v)\n", c.name, de.Offset, de.Err, errors.Is(err, ErrTruncated))
		} else {
			fmt.Printf("%-17s -> plain error: %v\n", c.name, err)
		}
	}
}
