// h17: content-addressed chunk store with SHA-256 dedup and HMAC-signed manifests.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

const chunkSize = 32

type store struct {
	blobs map[[32]byte][]byte
	refs  map[[32]byte]int
}

type manifest struct {
	name   string
	size   int
	chunks [][32]byte
}

func (s *store) put(name string, data []byte) manifest {
	m := manifest{name: name, size: len(data)}
	for off := 0; off < len(data); off += chunkSize {
		c := data[off:min(off+chunkSize, len(data))]
		sum := sha256.Sum256(c)
		if _, ok := s.blobs[sum]; !ok {
			s.blobs[sum] = append([]byte(nil), c...)
		}
		s.refs[sum]++
		m.chunks = append(m.chunks, sum)
	}
	return m
}

func (s *store) get(m manifest) []byte {
	out := make([]byte, 0, m.size)
	for _, c := range m.chunks {
		out = append(out, s.blobs[c]...)
	}
	return out
}

func (m manifest) sign(key []byte) string {
	mac := hmac.New(sha256.New, key)
	fmt.Fprintf(mac, "%s:%d:", m.name, m.size)
	for _, c := range m.chunks {
		mac.Write(c[:])
	}
	return hex.EncodeToString(mac.Sum(nil))
}

func main() {
	header := strings.Repeat("timestamp,host,level,message\n", 2)
	docs := []struct{ name, body string }{
		{"day1.csv", header + "2024-01-01,web1,INFO,started\n2024-01-01,web1,INFO,ready\n"},
		{"day2.csv", header + "2024-01-02,web1,INFO,started\n2024-01-02,web2,WARN,slow\n"},
		{"day1-copy.csv", header + "2024-01-01,web1,INFO,started\n2024-01-01,web1,INFO,ready\n"},
		{"padding.bin", strings.Repeat("\x00", 4*chunkSize)},
	}

	s := &store{blobs: map[[32]byte][]byte{}, refs: map[[32]byte]int{}}
	var manifests []manifest
	logical := 0
	for _, d := range docs {
		m := s.put(d.name, []byte(d.body))
		manifests = append(manifests, m)
		logical += m.size
		short := make([]string, len(m.chunks))
		for i, c := range m.chunks {
			short[i] = hex.EncodeToString(c[:3])
		}
		fmt.Printf("%-14s %4d bytes  chunks=%s\n", d.name, m.size, strings.Join(short, ","))
	}

	physical := 0
	for _, b := range s.blobs {
		physical += len(b)
	}
	fmt.Printf("\nlogical=%d physical=%d unique_chunks=%d dedup_ratio=%.2fx\n",
		logical, physical, len(s.blobs), float64(logical)/float64(physical))

	shared := 0
	for _, n := range s.refs {
		if n > 1 {
			shared++
		}
	}
	fmt.Printf("chunks referenced more than once: %d\n\n", shared)

	key := []byte("notebook-signing-key")
	sigs := map[string]string{}
	for _, m := range manifests {
		sigs[m.name] = m.sign(key)
		whole := sha256.Sum256(s.get(m))
		fmt.Printf("%-14s sha256=%x... hmac=%s...\n", m.name, whole[:6], sigs[m.name][:12])
	}

	// Roundtrip and verification, including a tampered manifest.
	for i, m := range manifests {
		if string(s.get(m)) != docs[i].body {
			panic("roundtrip failed for " + m.name)
		}
	}
	tampered := manifests[1]
	tampered.chunks = append([][32]byte(nil), tampered.chunks...)
	tampered.chunks[len(tampered.chunks)-1] = manifests[0].chunks[len(manifests[0].chunks)-1]
	fmt.Println()
	for _, m := range []manifest{manifests[1], tampered} {
		ok := hmac.Equal([]byte(m.sign(key)), []byte(sigs[m.name]))
		tail := s.get(m)
		fmt.Printf("verify %s: valid=%t tail=%q\n", m.name, ok, tail[len(tail)-12:])
	}
}
