package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
)

const Magic = 0xA7

type FrameType uint8

const (
	Hello FrameType = iota + 1
	Data
	Ping
	Pong
	Bye
)

func (t FrameType) String() string {
	switch t {
	case Hello:
		return "HELLO"
	case Data:
		return "DATA"
	case Ping:
		return "PING"
	case Pong:
		return "PONG"
	case Bye:
		return "BYE"
	}
	return fmt.Sprintf("FrameType(%d)", uint8(t))
}

type Header struct {
	Magic  uint8
	Type   FrameType
	Flags  uint8
	Stream uint8
	Length uint16
}

type Frame struct {
	Header
	Payload []byte
}

var (
	ErrBadMagic    = errors.New("bad magic byte")
	ErrChecksum    = errors.New("checksum mismatch")
	ErrUnknownType = errors.New("unknown frame type")
)

type FrameError struct {
	Offset int64
	Err    error
}

func (e *FrameError) Error() string { return fmt.Sprintf("frame at offset %d: %v", e.Offset, e.Err) }
func (e *FrameError) Unwrap() error { return e.Err }

func Encode(w *bytes.Buffer, t FrameType, stream, flags uint8, payload []byte) {
	h := Header{Magic, t, flags, stream, uint16(len(payload))}
	start := w.Len()
	binary.Write(w, binary.BigEndian, h)
	w.Write(payload)
	sum := crc32.ChecksumIEEE(w.Bytes()[start:])
	binary.Write(w, binary.BigEndian, sum)
}

func Decode(r *bytes.Reader, total int64) (*Frame, error) {
	off := total - int64(r.Len())
	var f Frame
	if err := binary.Read(r, binary.BigEndian, &f.Header); err != nil {
		if err == io.EOF {
			return nil, io.EOF
		}
		return nil, &FrameError{off, fmt.Errorf("header: %w", err)}
	}
	if f.Magic != Magic {
		return nil, &FrameError{off, fmt.Errorf("%w 0x%02x", ErrBadMagic, f.Magic)}
	}
	f.Payload = make([]byte, f.Length)
	if _, err := io.ReadFull(r, f.Payload); err != nil {
		return nil, &FrameError{off, fmt.Errorf("payload: %w", err)}
	}
	var sum uint32
	if err := binary.Read(r, binary.BigEndian, &sum); err != nil {
		return nil, &FrameError{off, fmt.Errorf("trailer: %w", err)}
	}
	h := crc32.NewIEEE()
	binary.Write(h, binary.BigEndian, f.Header)
	h.Write(f.Payload)
	if h.Sum32() != sum {
		return nil, &FrameError{off, fmt.Errorf("%w: got %08x want %08x", ErrChecksum, sum, h.Sum32())}
	}
	if f.Type < Hello || f.Type > Bye {
		return nil, &FrameError{off, fmt.Errorf("%w %v", ErrUnknownType, f.Type)}
	}
	return &f, nil
}

func decodeAll(name string, data []byte) {
	fmt.Printf("-- %s (%d bytes)\n", name, len(data))
	r := bytes.NewReader(data)
	for {
		f, err := Decode(r, int64(len(data)))
		if err == io.EOF {
			fmt.Println("   clean end of stream")
			return
		}
		if err != nil {
			var fe *FrameError
			errors.As(err, &fe)
			fmt.Printf("   error: %v (offset=%d checksum=%v magic=%v unexpectedEOF=%v)\n", err, fe.Offset,
				errors.Is(err, ErrChecksum), errors.Is(err, ErrBadMagic), errors.Is(err, io.ErrUnexpectedEOF))
			return
		}
		fmt.Printf("   %-5v stream=%d flags=%08b len=%-2d payload=%q\n", f.Type, f.Stream, f.Flags, f.Length, f.Payload)
	}
}

func main() {
	var buf bytes.Buffer
	Encode(&buf, Hello, 0, 0, []byte("proto/1"))
	Encode(&buf, Data, 1, 0b01, []byte("first chunk"))
	Encode(&buf, Data, 1, 0b11, []byte("last chunk"))
	Encode(&buf, Ping, 0, 0, []byte{0, 0, 0, 42})
	Encode(&buf, Pong, 0, 0, []byte{0, 0, 0, 42})
	Encode(&buf, Bye, 0, 0, nil)
	good := buf.Bytes()
	fmt.Printf("first frame bytes: % x\n", good[:6+7+4])
	decodeAll("good stream", good)

	corrupt := bytes.Clone(good)
	corrupt[20] ^= 0x20
	decodeAll("flipped bit", corrupt)

	decodeAll("truncated", good[:len(good)-30])

	bad := bytes.Clone(good)
	bad[17] = 0x00
	decodeAll("bad magic in frame 2", bad)

	var unk bytes.Buffer
	Encode(&unk, FrameType(9), 3, 0, []byte("??"))
	decodeAll("unknown type", unk.Bytes())
	decodeAll("half header", []byte{Magic, 2, 0})
}
