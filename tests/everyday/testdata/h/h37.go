// h37: parallel chunk hashing with bounded workers, then a Merkle root over ordered leaves.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
)

type leaf struct {
	idx  int
	size int
	sum  [32]byte
}

func hashChunks(data []byte, chunk, workers int) []leaf {
	n := (len(data) + chunk - 1) / chunk
	leaves := make([]leaf, n)
	idxs := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idxs {
				part := data[i*chunk : min((i+1)*chunk, len(data))]
				// Domain-separate leaves from inner nodes (RFC 6962 style).
				leaves[i] = leaf{i, len(part), sha256.Sum256(append([]byte{0}, part...))}
			}
		}()
	}
	for i := range n {
		idxs <- i
	}
	close(idxs)
	wg.Wait()
	return leaves
}

func node(l, r [32]byte) [32]byte {
	buf := make([]byte, 0, 65)
	buf = append(buf, 1)
	buf = append(buf, l[:]...)
	buf = append(buf, r[:]...)
	return sha256.Sum256(buf)
}

// merkleRoot promotes an odd trailing node unchanged to the next level.
func merkleRoot(level [][32]byte) ([32]byte, int) {
	depth := 0
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
			} else {
				next = append(next, node(level[i], level[i+1]))
			}
		}
		level = next
		depth++
	}
	return level[0], depth
}

func buildDataset() []byte {
	var b bytes.Buffer
	b.WriteString("ts,user,action,amount\n")
	for i := range 500 {
		fmt.Fprintf(&b, "%d,user%03d,%s,%d.%02d\n", 1700000000+i*17, i%37, []string{"buy", "sell", "hold"}[i%3], i*13%1000, i%100)
	}
	return b.Bytes()
}

func main() {
	data := buildDataset()
	const chunk = 2048
	fmt.Printf("dataset: %d bytes, %d lines, whole-file sha256 %x\n\n",
		len(data), bytes.Count(data, []byte("\n")), sha256.Sum256(data))

	var roots []string
	for _, workers := range []int{1, 3, 8} {
		leaves := hashChunks(data, chunk, workers)
		sums := make([][32]byte, len(leaves))
		for i, l := range leaves {
			sums[i] = l.sum
		}
		root, depth := merkleRoot(sums)
		roots = append(roots, hex.EncodeToString(root[:]))
		fmt.Printf("workers=%d leaves=%d depth=%d root=%s\n", workers, len(leaves), depth, roots[len(roots)-1][:24])
	}
	fmt.Println("roots identical across worker counts:", roots[0] == roots[1] && roots[1] == roots[2])

	leaves := hashChunks(data, chunk, 4)
	fmt.Println("\nleaf table:")
	for _, l := range leaves {
		fmt.Printf("  #%02d %5d bytes  %s\n", l.idx, l.size, base64.RawURLEncoding.EncodeToString(l.sum[:12]))
	}

	// Corrupt one byte and locate the damaged chunk by comparing leaves.
	bad := bytes.Clone(data)
	pos := 7777
	bad[pos] ^= 0x20
	badLeaves := hashChunks(bad, chunk, 4)
	var damaged []string
	for i := range leaves {
		if leaves[i].sum != badLeaves[i].sum {
			damaged = append(damaged, fmt.Sprint(i))
		}
	}
	fmt.Printf("\nflipped byte %d (%q -> %q): damaged chunks [%s], expected chunk %d\n",
		pos, data[pos], bad[pos], strings.Join(damaged, ","), pos/chunk)
}
