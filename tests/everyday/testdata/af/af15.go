package main

import (
	"encoding/binary"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"strings"
)

// makeTable builds a reflected CRC-32 table for the given polynomial.
func makeTable(poly uint32) *[256]uint32 {
	var t [256]uint32
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = c>>1 ^ poly
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return &t
}

func crcUpdate(crc uint32, t *[256]uint32, p []byte) uint32 {
	crc = ^crc
	for _, b := range p {
		crc = t[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

func adler(p []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range p {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func fletcher16(p []byte) uint16 {
	var s1, s2 uint16
	for _, c := range p {
		s1 = (s1 + uint16(c)) % 255
		s2 = (s2 + s1) % 255
	}
	return s2<<8 | s1
}

// inetChecksum is the RFC 1071 ones-complement sum over 16-bit words.
func inetChecksum(p []byte) uint16 {
	var sum uint32
	for i := 0; i+1 < len(p); i += 2 {
		sum += uint32(binary.BigEndian.Uint16(p[i:]))
	}
	if len(p)%2 == 1 {
		sum += uint32(p[len(p)-1]) << 8
	}
	for sum>>16 != 0 {
		sum = sum&0xFFFF + sum>>16
	}
	return ^uint16(sum)
}

func main() {
	ieee := makeTable(0xEDB88320)
	castagnoli := makeTable(0x82F63B78)
	stdC := crc32.MakeTable(crc32.Castagnoli)

	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", strings.Repeat("\x00", 32)}
	fmt.Printf("%-12s %-8s %-8s %-8s %-5s %s\n", "input", "crc32", "crc32c", "adler32", "fl16", "ok")
	for _, s := range inputs {
		p := []byte(s)
		c1, c2, a := crcUpdate(0, ieee, p), crcUpdate(0, castagnoli, p), adler(p)
		ok := c1 == crc32.ChecksumIEEE(p) && c2 == crc32.Checksum(p, stdC) && a == adler32.Checksum(p)
		label := fmt.Sprintf("%q", s)
		if len(label) > 12 {
			label = label[:11] + "~"
		}
		fmt.Printf("%-12s %08x %08x %08x %04x  %v\n", label, c1, c2, a, fletcher16(p), ok)
	}

	// Incremental updates through the hash.Hash32 interface.
	msg := []byte("streaming checksums across several writes")
	hashes := map[string]hash.Hash32{"crc32": crc32.NewIEEE(), "adler32": adler32.New()}
	for _, name := range []string{"crc32", "adler32"} {
		h := hashes[name]
		for i := 0; i < len(msg); i += 10 {
			h.Write(msg[i:min(i+10, len(msg))])
		}
		fmt.Printf("%-8s incremental=%08x sum-bytes=% x\n", name, h.Sum32(), h.Sum(nil))
	}
	running := uint32(0)
	for i := 0; i < len(msg); i += 7 {
		running = crcUpdate(running, ieee, msg[i:min(i+7, len(msg))])
	}
	fmt.Printf("hand-rolled chained crc32=%08x matches=%v\n", running, running == crc32.ChecksumIEEE(msg))

	// Detect single-bit corruption.
	orig := crc32.ChecksumIEEE(msg)
	for _, bit := range []int{0, 13, 200} {
		c := append([]byte(nil), msg...)
		c[bit/8] ^= 1 << (bit % 8)
		fmt.Printf("flip bit %-3d -> crc %08x detected=%v adler %08x\n", bit, crc32.ChecksumIEEE(c), crc32.ChecksumIEEE(c) != orig, adler(c))
	}

	// IPv4 header checksum: compute, then verify that re-summing yields zero.
	hdr := []byte{0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7}
	sum := inetChecksum(hdr)
	binary.BigEndian.PutUint16(hdr[10:], sum)
	fmt.Printf("ipv4 header checksum=%04x verify=%04x\n", sum, inetChecksum(hdr))
	fmt.Printf("odd-length checksum=%04x\n", inetChecksum([]byte{1, 2, 3}))
}
