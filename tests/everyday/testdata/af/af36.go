package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"net/netip"
	"strings"
)

type RRType uint16

const (
	TypeA     RRType = 1
	TypeCNAME RRType = 5
	TypeMX    RRType = 15
	TypeTXT   RRType = 16
)

func (t RRType) String() string {
	if s, ok := map[RRType]string{TypeA: "A", TypeCNAME: "CNAME", TypeMX: "MX", TypeTXT: "TXT"}[t]; ok {
		return s
	}
	return fmt.Sprintf("TYPE%d", uint16(t))
}

type RR struct {
	Name string
	Type RRType
	TTL  uint32
	Data string // presentation form
}

var (
	ErrTruncated   = errors.New("message truncated")
	ErrPointerLoop = errors.New("compression pointer loop")
	ErrLabel       = errors.New("invalid label")
)

type encoder struct {
	buf   []byte
	names map[string]int // suffix -> offset for compression
}

func (e *encoder) name(n string) error {
	labels := strings.Split(strings.TrimSuffix(n, "."), ".")
	for i := range labels {
		suffix := strings.Join(labels[i:], ".")
		if off, ok := e.names[suffix]; ok {
			e.buf = binary.BigEndian.AppendUint16(e.buf, 0xC000|uint16(off))
			return nil
		}
		if l := len(labels[i]); l == 0 || l > 63 {
			return fmt.Errorf("%w: %q", ErrLabel, labels[i])
		}
		e.names[suffix] = len(e.buf) // small messages: offsets always fit in 14 bits
		e.buf = append(append(e.buf, byte(len(labels[i]))), labels[i]...)
	}
	e.buf = append(e.buf, 0)
	return nil
}

func Encode(id uint16, flags uint16, q string, answers []RR) ([]byte, error) {
	e := &encoder{names: map[string]int{}}
	for _, v := range []uint16{id, flags, 1, uint16(len(answers)), 0, 0} {
		e.buf = binary.BigEndian.AppendUint16(e.buf, v)
	}
	if err := e.name(q); err != nil {
		return nil, err
	}
	e.buf = binary.BigEndian.AppendUint32(e.buf, uint32(TypeA)<<16|1) // QTYPE A, QCLASS IN
	for _, rr := range answers {
		if err := e.name(rr.Name); err != nil {
			return nil, err
		}
		e.buf = binary.BigEndian.AppendUint32(e.buf, uint32(rr.Type)<<16|1) // TYPE, CLASS IN
		e.buf = binary.BigEndian.AppendUint32(e.buf, rr.TTL)
		lenAt := len(e.buf)
		e.buf = append(e.buf, 0, 0)
		switch rr.Type {
		case TypeA:
			e.buf = append(e.buf, netip.MustParseAddr(rr.Data).AsSlice()...)
		case TypeCNAME:
			e.name(rr.Data)
		case TypeMX:
			pref, host, _ := strings.Cut(rr.Data, " ")
			var p uint16
			fmt.Sscan(pref, &p)
			e.buf = binary.BigEndian.AppendUint16(e.buf, p)
			e.name(host)
		case TypeTXT:
			e.buf = append(append(e.buf, byte(len(rr.Data))), rr.Data...)
		}
		binary.BigEndian.PutUint16(e.buf[lenAt:], uint16(len(e.buf)-lenAt-2))
	}
	return e.buf, nil
}

// readName decodes a possibly compressed name starting at off; it returns the offset after it.
func readName(msg []byte, off int) (string, int, error) {
	var labels []string
	end, jumps := -1, 0
	for {
		if off >= len(msg) {
			return "", 0, ErrTruncated
		}
		l := int(msg[off])
		switch {
		case l == 0:
			if end < 0 {
				end = off + 1
			}
			return strings.Join(labels, ".") + ".", end, nil
		case l&0xC0 == 0xC0:
			if off+1 >= len(msg) {
				return "", 0, ErrTruncated
			}
			if jumps++; jumps > 10 {
				return "", 0, ErrPointerLoop
			}
			if end < 0 {
				end = off + 2
			}
			off = int(binary.BigEndian.Uint16(msg[off:]) & 0x3FFF)
		default:
			if off+1+l > len(msg) {
				return "", 0, ErrTruncated
			}
			labels = append(labels, string(msg[off+1:off+1+l]))
			off += 1 + l
		}
	}
}

func Decode(msg []byte) (err error) {
	defer func() {
		if r := recover(); r != nil { // any out-of-range slice access means a short message
			err = fmt.Errorf("%w (reading past byte %d)", ErrTruncated, len(msg))
		}
	}()
	h := func(i int) uint16 { return binary.BigEndian.Uint16(msg[2*i:]) }
	fmt.Printf(";; id=%d qr=%d opcode=%d aa=%d rd=%d ra=%d rcode=%d qd=%d an=%d\n", h(0), h(1)>>15, h(1)>>11&0xF,
		h(1)>>10&1, h(1)>>8&1, h(1)>>7&1, h(1)&0xF, h(2), h(3))
	q, off, err := readName(msg, 12)
	if err != nil {
		return fmt.Errorf("question: %w", err)
	}
	fmt.Printf(";%s\tIN\t%v\n", q, RRType(binary.BigEndian.Uint16(msg[off:])))
	off += 4
	for i := 0; i < int(h(3)); i++ {
		name, next, err := readName(msg, off)
		if err != nil {
			return fmt.Errorf("answer %d: %w", i, err)
		}
		typ := RRType(binary.BigEndian.Uint16(msg[next:]))
		ttl := binary.BigEndian.Uint32(msg[next+4:])
		rdStart, rdEnd := next+10, next+10+int(binary.BigEndian.Uint16(msg[next+8:]))
		var data string
		switch typ {
		case TypeA:
			data = netip.AddrFrom4([4]byte(msg[rdStart:rdEnd])).String()
		case TypeCNAME:
			data, _, err = readName(msg, rdStart)
		case TypeMX:
			data, _, err = readName(msg, rdStart+2)
			data = fmt.Sprint(binary.BigEndian.Uint16(msg[rdStart:]), " ", data)
		case TypeTXT:
			data = fmt.Sprintf("%q", msg[rdStart+1:rdEnd])
		}
		if err != nil {
			return err
		}
		fmt.Printf("%s\t%d\tIN\t%v\t%s\n", name, ttl, typ, data)
		off = rdEnd
	}
	return nil
}

func main() {
	answers := []RR{
		{"www.example.com", TypeCNAME, 300, "web.example.com"},
		{"web.example.com", TypeA, 60, "93.184.216.34"},
		{"web.example.com", TypeA, 60, "93.184.216.35"},
		{"example.com", TypeMX, 3600, "10 mail.example.com"},
		{"example.com", TypeTXT, 3600, "v=spf1 -all"},
	}
	msg, err := Encode(0xBEEF, 0x8180, "www.example.com", answers)
	fmt.Printf("encoded %d bytes (err=%v), compression pointers used: %d\n", len(msg), err, strings.Count(string(msg), "\xc0"))
	if err := Decode(msg); err != nil {
		fmt.Println("decode error:", err)
	}
	_, err = Encode(1, 0x0100, "bad..name", nil)
	fmt.Println("encode bad name:", err, errors.Is(err, ErrLabel))
	loop := append(append([]byte(nil), msg[:12]...), 0xC0, 12)
	fmt.Println("pointer loop:", Decode(loop))
	for _, n := range []int{5, 40, 100} {
		err := Decode(msg[:n])
		fmt.Printf("cut at %d: %v (is ErrTruncated=%v)\n", n, err, errors.Is(err, ErrTruncated))
	}
}
