package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

type PacketType byte

const (
	CONNECT PacketType = iota + 1
	CONNACK
	PUBLISH
	PUBACK
	_
	_
	_
	SUBSCRIBE
	SUBACK
	_
	_
	PINGREQ
	PINGRESP
	DISCONNECT
)

func (t PacketType) String() string {
	names := map[PacketType]string{CONNECT: "CONNECT", CONNACK: "CONNACK", PUBLISH: "PUBLISH", PUBACK: "PUBACK",
		SUBSCRIBE: "SUBSCRIBE", SUBACK: "SUBACK", PINGREQ: "PINGREQ", PINGRESP: "PINGRESP", DISCONNECT: "DISCONNECT"}
	if n, ok := names[t]; ok {
		return n
	}
	return fmt.Sprintf("RESERVED(%d)", byte(t))
}

var (
	ErrMalformedLength = errors.New("malformed remaining length")
	ErrProtocol        = errors.New("protocol violation")
)

func appendLength(b []byte, n int) []byte {
	for {
		d := byte(n % 128)
		if n /= 128; n > 0 {
			d |= 0x80
		}
		if b = append(b, d); n == 0 {
			return b
		}
	}
}

func readLength(r io.ByteReader) (int, error) {
	n, mult := 0, 1
	for i := 0; i < 4; i++ {
		d, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		n += int(d&0x7F) * mult
		if d&0x80 == 0 {
			return n, nil
		}
		mult *= 128
	}
	return 0, ErrMalformedLength
}

func str(s string) []byte { return append(binary.BigEndian.AppendUint16(nil, uint16(len(s))), s...) }

func packet(t PacketType, flags byte, parts ...[]byte) []byte {
	body := bytes.Join(parts, nil)
	return append(appendLength([]byte{byte(t)<<4 | flags}, len(body)), body...)
}

type Packet struct {
	Type  PacketType
	Flags byte
	Body  []byte
}

func ReadPacket(r *bytes.Reader) (Packet, error) {
	h, err := r.ReadByte()
	if err != nil {
		return Packet{}, err
	}
	n, err := readLength(r)
	if err != nil {
		return Packet{}, fmt.Errorf("%v header: %w", PacketType(h>>4), err)
	}
	p := Packet{PacketType(h >> 4), h & 0x0F, make([]byte, n)}
	if _, err := io.ReadFull(r, p.Body); err != nil {
		return p, fmt.Errorf("%v body (%d bytes): %w", p.Type, n, err)
	}
	return p, nil
}

// Client tracks connection state and outstanding packet identifiers.
type Client struct {
	connected bool
	pending   map[uint16]string
}

func (c *Client) Handle(p Packet) (string, error) {
	if !c.connected && p.Type != CONNACK {
		return "", fmt.Errorf("%w: %v before CONNACK", ErrProtocol, p.Type)
	}
	switch p.Type {
	case CONNACK:
		if p.Body[1] != 0 {
			return "", fmt.Errorf("%w: connection refused, code %d", ErrProtocol, p.Body[1])
		}
		c.connected = true
		return fmt.Sprintf("session present=%v", p.Body[0]&1 == 1), nil
	case PUBLISH:
		tl := int(binary.BigEndian.Uint16(p.Body))
		topic, rest := string(p.Body[2:2+tl]), p.Body[2+tl:]
		qos := p.Flags >> 1 & 3
		if qos > 0 {
			id := binary.BigEndian.Uint16(rest)
			rest = rest[2:]
			return fmt.Sprintf("topic=%s qos=%d id=%d payload=%q (would send PUBACK)", topic, qos, id, rest), nil
		}
		return fmt.Sprintf("topic=%s qos=0 payload=%q", topic, rest), nil
	case PUBACK, SUBACK:
		id := binary.BigEndian.Uint16(p.Body)
		what, ok := c.pending[id]
		if !ok {
			return "", fmt.Errorf("%w: %v for unknown packet id %d", ErrProtocol, p.Type, id)
		}
		delete(c.pending, id)
		return fmt.Sprintf("acknowledged id=%d (%s) codes=% x", id, what, p.Body[2:]), nil
	case PINGRESP:
		return "pong", nil
	}
	return "", fmt.Errorf("%w: unexpected %v from server", ErrProtocol, p.Type)
}

func main() {
	for _, n := range []int{0, 127, 128, 16383, 16384, 2097151, 268435455} {
		enc := appendLength(nil, n)
		dec, _ := readLength(bytes.NewReader(enc))
		fmt.Printf("remaining length %-9d -> % -12x -> %d\n", n, enc, dec)
	}
	_, err := readLength(bytes.NewReader([]byte{0xFF, 0xFF, 0xFF, 0xFF, 0x01}))
	fmt.Println("5-byte length:", err)

	hello := packet(CONNECT, 0, str("MQTT"), []byte{4, 0x02}, binary.BigEndian.AppendUint16(nil, 60), str("client-1"))
	fmt.Printf("CONNECT packet: % x\n", hello)

	u16 := func(v uint16) []byte { return binary.BigEndian.AppendUint16(nil, v) }
	streams := map[string][]byte{
		"normal": bytes.Join([][]byte{
			packet(CONNACK, 0, []byte{0, 0}),
			packet(SUBACK, 0, u16(1), []byte{0x01}),
			packet(PUBLISH, 0, str("sensors/temp"), []byte("21.5")),
			packet(PUBLISH, 2, str("alerts"), u16(77), []byte("door open")),
			packet(PUBACK, 0, u16(2)),
			packet(PINGRESP, 0),
		}, nil),
		"no connack": packet(PUBLISH, 0, str("x"), []byte("early")),
		"refused":    packet(CONNACK, 0, []byte{0, 5}),
		"bad ack":    append(packet(CONNACK, 0, []byte{1, 0}), packet(PUBACK, 0, u16(99))...),
		"truncated":  append(packet(CONNACK, 0, []byte{0, 0}), packet(PUBLISH, 0, str("t"), []byte("payload"))[:6]...),
		"reserved":   append(packet(CONNACK, 0, []byte{0, 0}), packet(PacketType(15), 0)...),
	}
	for _, name := range []string{"normal", "no connack", "refused", "bad ack", "truncated", "reserved"} {
		fmt.Printf("-- %s\n", name)
		c := &Client{pending: map[uint16]string{1: "SUBSCRIBE sensors/#", 2: "PUBLISH qos1 cmd/reboot"}}
		r := bytes.NewReader(streams[name])
		for {
			p, err := ReadPacket(r)
			if err == io.EOF {
				fmt.Printf("   end of stream, %d ids still pending\n", len(c.pending))
				break
			}
			var msg string
			if err == nil {
				msg, err = c.Handle(p)
			}
			if err != nil {
				fmt.Printf("   error: %v (protocol=%v eof=%v)\n", err, errors.Is(err, ErrProtocol), errors.Is(err, io.ErrUnexpectedEOF))
				break
			}
			fmt.Printf("   %-8v %s\n", p.Type, msg)
		}
	}
}
