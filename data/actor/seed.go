package actor

import "hash/maphash"

// filterSeed is fixed for the process, so that the filters of words hash alike wherever they are made.
var filterSeed = maphash.MakeSeed()
